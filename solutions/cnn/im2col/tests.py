"""Hidden suite for `im2col`: the exact row/column layout, stride, padding, dtypes, perf."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9))


@suite.cases
def layout(rng):
    yield Case("single channel", "N=1, C=1, 4x4 ramp, 2x2 kernel, stride 1",
               args=(np.arange(16.0).reshape(1, 1, 4, 4), 2, 2))
    yield Case("two samples", "N=3, C=1, 3x3 inputs, 2x2 kernel: rows must be ordered "
               "(n, oh, ow), sample-major", args=(rng.standard_normal((3, 1, 3, 3)), 2, 2))
    yield Case("channels and non-square kernel", "N=1, C=3, 4x5 input, 2x3 kernel: columns "
               "must be ordered (c, i, j), channel-major", args=(rng.standard_normal((1, 3, 4, 5)), 2, 3))
    yield Case("1x1 kernel", "a 1x1 kernel: each row is one pixel's C channel values",
               args=(rng.standard_normal((2, 4, 3, 2)), 1, 1))
    yield Case("kernel covers input", "3x3 kernel on a 3x3 input: one row per sample",
               args=(rng.standard_normal((2, 2, 3, 3)), 3, 3))


@suite.cases
def stride_padding(rng):
    yield Case("stride 2 leftover", "6x7 input, 3x3 kernel, stride 2: OH=2, OW=3, the last "
               "row is in no window", args=(rng.standard_normal((2, 2, 6, 7)), 3, 3),
               kwargs={"stride": 2})
    yield Case("padding 1", "5x5 input, 3x3 kernel, padding 1: border windows contain zeros",
               args=(rng.standard_normal((1, 2, 5, 5)), 3, 3), kwargs={"padding": 1})
    yield Case("padding 2 stride 3", "4x4 input, 2x2 kernel, stride 3, padding 2 (positional)",
               args=(rng.standard_normal((2, 3, 4, 4)), 2, 2, 3, 2))
    yield Case("integer input", "int64 input: the result must keep an integer dtype",
               args=(rng.integers(-9, 10, (2, 2, 5, 4)), 3, 2), kwargs={"stride": 1, "padding": 1})
    yield Case("float32 input", "float32 input, 3x3 kernel, padding 1 (values are copied "
               "unchanged)", args=(rng.standard_normal((2, 3, 6, 6)).astype(np.float32), 3, 3),
               kwargs={"padding": 1})


@suite.cases
def random(rng):
    for k, (shape, kh, kw, s, p) in enumerate([((3, 4, 9, 8), 3, 3, 1, 1), ((2, 3, 11, 10), 4, 2, 2, 1),
                                               ((4, 2, 13, 13), 5, 5, 3, 2)]):
        yield Case(f"random {k + 1}", f"x {shape}, kernel {kh}x{kw}, stride {s}, padding {p}",
                   args=(rng.standard_normal(shape), kh, kw), kwargs={"stride": s, "padding": p})


@suite.perf
def perf(rng):
    return Case("perf", "x (8, 16, 32, 32), 3x3 kernel, padding 1: cols (8192, 144)",
                args=(rng.standard_normal((8, 16, 32, 32)), 3, 3), kwargs={"stride": 1, "padding": 1})
