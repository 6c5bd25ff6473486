"""Hidden suite for `layernorm_forward`: last-axis statistics for any rank, eps, offsets."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9))

F32 = allclose(rtol=1e-4, atol=1e-5)
# Rows at a 1e5 offset with spread 1e-3: a centred float64 variance is good to ~1e-8.
OFFSET = allclose(rtol=1e-5, atol=1e-6)


def params(rng, d):
    return 1.0 + 0.5 * rng.standard_normal(d), rng.standard_normal(d)


@suite.cases
def edge_cases(rng):
    g, b = params(rng, 6)
    yield Case("1-D input", "a single vector of shape (6,)", args=(rng.standard_normal(6) * 2, g, b))
    g, b = params(rng, 1)
    yield Case("D = 1", "a (5, 1) input: every centred value is 0, so the output is beta",
               args=(rng.standard_normal((5, 1)), g, b))
    x = rng.standard_normal((4, 5))
    x[2] = -1.25
    g, b = params(rng, 5)
    yield Case("constant row", "row 2 is constant (variance 0): its output is beta",
               args=(x, g, b))
    g, b = params(rng, 3)
    yield Case("all zeros 3-D", "a (2, 3, 3) zero input: every output vector is beta",
               args=(np.zeros((2, 3, 3)), g, b))
    g, b = params(rng, 2)
    yield Case("D = 2", "a (6, 2) input: each row becomes about (-1, 1) or (1, -1)",
               args=(rng.standard_normal((6, 2)), g, b))
    g, b = params(rng, 5)
    yield Case("square", "a (5, 5) input (a reduction without keepdims broadcasts the wrong "
               "way silently here)", args=(rng.standard_normal((5, 5)) * 3 + 1, g, b))
    g, b = params(rng, 4)
    yield Case("batch of one", "a (1, 4) input", args=(rng.standard_normal((1, 4)), g, b))
    x = rng.standard_normal((3, 8)) * np.array([[1e-3], [1.0], [1e3]])
    g, b = params(rng, 8)
    yield Case("rows at different scales", "row scales 1e-3, 1, 1e3: the first row's variance "
               "(~1e-6) is comparable to eps", args=(x, g, b))
    x = 1e5 + 1e-3 * rng.standard_normal((2, 5, 16))
    g, b = params(rng, 16)
    yield Case("large common offset", "x = 1e5 + 1e-3 * noise, shape (2, 5, 16): needs a "
               "centred variance (rtol=1e-5, atol=1e-6)", args=(x, g, b), check=OFFSET)


@suite.cases
def ranks(rng):
    g, b = params(rng, 8)
    yield Case("3-D (B, T, D)", "a (2, 5, 8) input: statistics over the last axis only",
               args=(rng.standard_normal((2, 5, 8)) * 2 + 0.5, g, b))
    g, b = params(rng, 4)
    yield Case("3-D T = 1", "a (3, 1, 4) input", args=(rng.standard_normal((3, 1, 4)), g, b))
    g, b = params(rng, 6)
    yield Case("4-D", "a (2, 3, 4, 6) input", args=(rng.standard_normal((2, 3, 4, 6)) * 3, g, b))
    g, b = params(rng, 7)
    yield Case("eps keyword", "a (4, 3, 7) input with eps = 0.1 by keyword",
               args=(0.3 * rng.standard_normal((4, 3, 7)), g, b), kwargs={"eps": 0.1})
    g, b = params(rng, 5)
    yield Case("eps positional", "a (6, 5) input with eps = 1e-3 passed positionally",
               args=(rng.standard_normal((6, 5)), g, b, 1e-3))


@suite.cases
def random(rng):
    for i, shape in enumerate([(16, 32), (4, 10, 64), (2, 2, 3, 50), (64, 3)]):
        g, b = params(rng, shape[-1])
        scale = rng.uniform(0.5, 5.0)
        yield Case(f"random {i + 1}", f"a {shape} input scaled by {scale:.2f}",
                   args=(rng.standard_normal(shape) * scale + rng.standard_normal(), g, b))
    g, b = params(rng, 12)
    yield Case("float32", "float32 inputs, x of shape (3, 4, 12) (float32 or float64 output "
               "accepted; rtol=1e-4, atol=1e-5)",
               args=((rng.standard_normal((3, 4, 12)) * 3 + 1).astype(np.float32),
                     g.astype(np.float32), b.astype(np.float32)), check=F32)


@suite.perf
def perf(rng):
    return Case("perf", "a (8, 128, 512) input",
                args=(rng.standard_normal((8, 128, 512)) * 2 + 1,
                      1.0 + 0.1 * rng.standard_normal(512), rng.standard_normal(512)))
