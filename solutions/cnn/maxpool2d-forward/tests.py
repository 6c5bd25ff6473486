"""Hidden suite for `maxpool2d_forward`: window/stride combinations, negatives, leftovers, perf."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9))


@suite.cases
def edge_cases(rng):
    yield Case("all negative", "every value is negative: the maxima are negative too",
               args=(-rng.uniform(1, 10, (2, 3, 4, 4)),))
    yield Case("all zero", "x = 0 everywhere", args=(np.zeros((1, 2, 4, 6)),))
    yield Case("odd size, default window", "5x7 input, 2x2 windows, stride 2: the last row and "
               "column belong to no window (output 2x3)", args=(rng.standard_normal((2, 2, 5, 7)),))
    yield Case("size 1", "size=1, stride=1 is the identity",
               args=(rng.standard_normal((2, 3, 3, 4)),), kwargs={"size": 1, "stride": 1})
    yield Case("window covers input", "4x4 input, size=4: one output per channel (global max)",
               args=(rng.standard_normal((3, 2, 4, 4)),), kwargs={"size": 4, "stride": 4})
    yield Case("overlapping 3/2", "7x9 input, size=3, stride=2 (AlexNet-style overlapping windows)",
               args=(rng.standard_normal((2, 3, 7, 9)),), kwargs={"size": 3, "stride": 2})
    yield Case("overlapping 3/1", "6x6 input, size=3, stride=1 (positional)",
               args=(rng.standard_normal((1, 2, 6, 6)), 3, 1))
    yield Case("stride > size", "8x8 input, size=2, stride=3: gaps between windows",
               args=(rng.standard_normal((2, 2, 8, 8)),), kwargs={"size": 2, "stride": 3})
    x = rng.standard_normal((2, 2, 6, 6)) * 1e300
    x[0, 0, 0, 0], x[1, 1, 2, 3] = np.inf, -np.inf
    yield Case("extremes", "values of magnitude 1e300 plus one +inf and one -inf",
               args=(x,))
    yield Case("ties", "integer-valued input with many repeated values",
               args=(rng.integers(-2, 3, (2, 3, 6, 6)).astype(np.float64),))


@suite.cases
def random(rng):
    for k, (shape, size, stride) in enumerate([((4, 3, 8, 8), 2, 2), ((2, 5, 11, 9), 3, 3),
                                                ((3, 2, 10, 13), 4, 2), ((1, 1, 12, 12), 2, 1)]):
        yield Case(f"random {k + 1}", f"x {shape}, size={size}, stride={stride}",
                   args=(rng.standard_normal(shape),), kwargs={"size": size, "stride": stride})


@suite.perf
def perf(rng):
    return Case("perf", "x (8, 32, 64, 64), size=2, stride=1 (overlapping windows)",
                args=(rng.standard_normal((8, 32, 64, 64)),), kwargs={"size": 2, "stride": 1})
