"""Hidden suite for `softmax`: stability at +-1e4, any axis, size-1 axes, float32."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9))

# float32 results carry ~1e-7 relative rounding per operation; accept float32 or float64 output.
F32 = allclose(rtol=1e-4, atol=1e-7)


@suite.cases
def edge_cases(rng):
    yield Case("single logit", "a (1,) input: the only probability is 1",
               args=(np.array([3.7]),))
    yield Case("size-1 softmax axis", "a (4, 1) input along axis -1: every entry is 1",
               args=(rng.standard_normal((4, 1)),))
    yield Case("size-1 other axis", "a (1, 6) input along axis -1 (the batch axis has size 1)",
               args=(rng.standard_normal((1, 6)),))
    yield Case("size-1 axis 0", "a (1, 5) input along axis 0: every entry is 1",
               args=(rng.standard_normal((1, 5)),), kwargs={"axis": 0})
    yield Case("equal values", "rows of 7 equal logits (2.5): uniform 1/7",
               args=(np.full((3, 7), 2.5),))
    yield Case("all zeros 3-D", "a (2, 3, 4) zero input along axis 1: uniform 1/3",
               args=(np.zeros((2, 3, 4)),), kwargs={"axis": 1})
    yield Case("large positive logits", "rows near +1e4: exp overflows without the max shift",
               args=(1e4 + rng.standard_normal((5, 8)),))
    yield Case("large negative logits", "rows near -1e4: exp underflows to 0/0 without the shift",
               args=(-1e4 + rng.standard_normal((5, 8)),))
    yield Case("logits spread over +-1e4", "a (8, 16) input uniform in [-1e4, 1e4]",
               args=(rng.uniform(-1e4, 1e4, (8, 16)),))
    x = rng.standard_normal((3, 6))
    x[0] += 1e4
    x[1] -= 1e4
    yield Case("rows at different scales", "one row near +1e4, one near -1e4, one near 0; "
               "each row must be shifted by its own maximum", args=(x,))
    x = np.zeros((4, 10))
    x[np.arange(4), [0, 3, 9, 5]] = 60.0
    yield Case("nearly one-hot", "one logit of 60 per row, the rest 0",
               args=(x,))


@suite.cases
def axes(rng):
    yield Case("square axis -1", "a (4, 4) input along the last axis (a missing keepdims "
               "broadcasts the wrong way here)", args=(rng.standard_normal((4, 4)) * 3,))
    yield Case("square axis 0", "a (5, 5) input along axis 0",
               args=(rng.standard_normal((5, 5)) * 3,), kwargs={"axis": 0})
    yield Case("2-D axis 0", "a (6, 3) input along axis 0",
               args=(rng.standard_normal((6, 3)) * 2,), kwargs={"axis": 0})
    yield Case("3-D axis 1", "a (4, 5, 6) input along the middle axis",
               args=(rng.standard_normal((4, 5, 6)) * 2,), kwargs={"axis": 1})
    yield Case("3-D axis -2", "a (3, 4, 5) input along axis -2",
               args=(rng.standard_normal((3, 4, 5)) * 2,), kwargs={"axis": -2})
    yield Case("3-D axis 0 positional", "a (2, 3, 4) input, axis 0 passed positionally",
               args=(rng.standard_normal((2, 3, 4)) * 2, 0))
    yield Case("4-D axis -3", "a (2, 3, 4, 5) input along axis -3",
               args=(rng.standard_normal((2, 3, 4, 5)) * 4,), kwargs={"axis": -3})


@suite.cases
def random(rng):
    for i, (shape, scale) in enumerate([((10,), 1.0), ((7, 9), 5.0), ((2, 5, 11), 20.0),
                                         ((64, 33), 100.0)]):
        yield Case(f"random {i + 1}", f"a {shape} input, logits scaled by {scale:g}",
                   args=(rng.standard_normal(shape) * scale,))
    yield Case("float32", "a (6, 10) float32 input (float32 or float64 output accepted; "
               "rtol=1e-4, atol=1e-7)",
               args=((rng.standard_normal((6, 10)) * 10).astype(np.float32),), check=F32)
    yield Case("float32 large logits", "a (4, 8) float32 input near +100 (exp(100) overflows "
               "float32)", args=((100 + rng.standard_normal((4, 8))).astype(np.float32),),
               check=F32)


@suite.perf
def perf(rng):
    return Case("perf", "a 700 x 700 input along the last axis",
                args=(rng.standard_normal((700, 700)) * 5,))
