"""Hidden suite for `quantize_int8`: exact int8 codes, half-to-even ties, signs, all-zero input."""

import numpy as np

from quizcli.suite import Case, Suite, allclose, custom, exact

_Q = exact(strict_dtype=True)
_SCALE = allclose(rtol=1e-9, atol=1e-300)
_NAMES = ("q", "scale")


def _check(got, case, expected):
    if not isinstance(got, tuple | list) or len(got) != 2:
        return "expected a tuple (q, scale)"
    return (_Q.compare(expected[0], got[0], case, _NAMES, 0)
            or _SCALE.compare(expected[1], got[1], case, _NAMES, 1))


suite = Suite(check=custom(_check), outputs=_NAMES)


@suite.cases
def edge_cases(rng):
    yield Case("single element", "a (1,) input: it maps to +127 or -127",
               args=(np.array([-0.37]),))
    yield Case("all zeros", "a (3, 4) zero tensor: scale must be 1.0 and q all 0 (no 0/0)",
               args=(np.zeros((3, 4)),))
    yield Case("half ties", "max|x| = 127 so scale = 1 and x / scale is exact; values k + 0.5 "
               "must round half to even (0.5 -> 0, 1.5 -> 2, 2.5 -> 2, -0.5 -> 0, -2.5 -> -2)",
               args=(np.array([127.0, 0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 126.5, -126.5,
                               0.49, 0.51]),))
    yield Case("negative dominates", "max|x| comes from a negative value (-8.0): the scale "
               "uses the absolute value", args=(np.array([[-8.0, 1.0, 3.0], [2.0, -0.5, 7.9]]),))
    yield Case("all negative", "a (5, 6) tensor of negative values",
               args=(-np.abs(rng.standard_normal((5, 6))) - 0.1,))
    yield Case("all positive", "a (4, 7) tensor of positive values",
               args=(np.abs(rng.standard_normal((4, 7))) + 0.1,))
    yield Case("tiny values", "a (6, 5) tensor with magnitudes around 1e-30",
               args=(rng.standard_normal((6, 5)) * 1e-30,))
    yield Case("huge values", "a (6, 5) tensor with magnitudes around 1e30",
               args=(rng.standard_normal((6, 5)) * 1e30,))
    x = rng.standard_normal(200) * 0.02
    x[17] = 5.0
    yield Case("outlier", "200 small weights and one outlier 5.0: most codes collapse to 0",
               args=(x,))


@suite.cases
def random(rng):
    for i, (shape, s) in enumerate([((10,), 1.0), ((7, 9), 3.0), ((2, 5, 11), 0.05),
                                    ((4, 3, 3, 3), 10.0), ((64, 48), 1.0)]):
        yield Case(f"random {i + 1}", f"a {shape} normal tensor scaled by {s:g}",
                   args=(rng.standard_normal(shape) * s,))
    yield Case("uniform", "a (30, 40) tensor uniform in [-2, 2]",
               args=(rng.uniform(-2, 2, (30, 40)),))


@suite.perf
def perf(rng):
    return Case("perf", "a 1024 x 1024 weight matrix", args=(rng.standard_normal((1024, 1024)),))
