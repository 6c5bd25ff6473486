"""Hidden suite for `conv2d_forward`: shapes, stride/padding edge cases, flipping, perf."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9))


def _inputs(rng, n, c, h, w, f, kh, kw, scale=1.0):
    return (rng.standard_normal((n, c, h, w)) * scale, rng.standard_normal((f, c, kh, kw)),
            rng.standard_normal(f))


@suite.cases
def edge_cases(rng):
    x = np.arange(16, dtype=np.float64).reshape(1, 1, 4, 4)
    w = np.array([[[[1.0, 2.0], [3.0, 4.0]]]])
    yield Case("asymmetric kernel", "a 4x4 ramp with the 2x2 kernel [[1,2],[3,4]]: a flipped "
               "kernel (true convolution) gives different numbers", args=(x, w, np.zeros(1)))
    yield Case("single pixel", "N=C=F=1, a 1x1 image and a 1x1 kernel",
               args=(np.array([[[[2.5]]]]), np.array([[[[-3.0]]]]), np.array([0.5])))
    yield Case("1x1 kernel", "a 1x1 convolution mixing 5 channels into 3 (pure channel mixing)",
               args=_inputs(rng, 2, 5, 4, 6, 3, 1, 1))
    yield Case("kernel covers input", "3x3 kernel on a 3x3 input, no padding: output 1x1",
               args=_inputs(rng, 2, 2, 3, 3, 4, 3, 3))
    yield Case("zero input", "x = 0: every output equals its filter's bias",
               args=(np.zeros((2, 3, 5, 5)), rng.standard_normal((4, 3, 3, 3)),
                     rng.standard_normal(4)))
    x, w, b = _inputs(rng, 1, 2, 6, 7, 3, 3, 3)
    yield Case("stride 2 leftover", "6x7 input, 3x3 kernel, stride 2, no padding: the last row "
               "is not covered by any window (OH = 2, OW = 3)", args=(x, w, b), kwargs={"stride": 2})
    x, w, b = _inputs(rng, 2, 3, 5, 5, 2, 3, 3)
    yield Case("padding 1", "5x5 input, 3x3 kernel, padding 1 ('same' output 5x5)",
               args=(x, w, b), kwargs={"padding": 1})
    x, w, b = _inputs(rng, 1, 2, 4, 4, 2, 3, 3)
    yield Case("padding 2", "4x4 input, 3x3 kernel, padding 2: output 6x6, corner outputs see "
               "a single real pixel", args=(x, w, b), kwargs={"padding": 2})
    x, w, b = _inputs(rng, 2, 3, 7, 9, 4, 2, 3)
    yield Case("non-square kernel", "7x9 input, 2x3 kernel, stride 2, padding 1 (positional)",
               args=(x, w, b, 2, 1))
    x, w, b = _inputs(rng, 2, 2, 8, 8, 3, 3, 3, scale=1e6)
    yield Case("large values", "inputs of magnitude ~1e6", args=(x, w, b), kwargs={"padding": 1})


@suite.cases
def random(rng):
    for k, (n, c, h, w_, f, kh, kw, s, p) in enumerate([
            (3, 4, 10, 8, 5, 3, 3, 1, 0), (2, 3, 11, 11, 6, 5, 5, 2, 2),
            (4, 1, 9, 12, 2, 4, 2, 3, 1), (1, 6, 13, 7, 8, 3, 1, 1, 3)]):
        x, w, b = _inputs(rng, n, c, h, w_, f, kh, kw)
        yield Case(f"random {k + 1}", f"x {x.shape}, w {w.shape}, stride {s}, padding {p}",
                   args=(x, w, b), kwargs={"stride": s, "padding": p})


@suite.perf
def perf(rng):
    x, w, b = _inputs(rng, 16, 8, 32, 32, 32, 3, 3)
    return Case("perf", "x (16, 8, 32, 32), w (32, 8, 3, 3), stride 1, padding 1",
                args=(x, w, b), kwargs={"stride": 1, "padding": 1})
