"""Hidden suite for `batchnorm_forward`: batch statistics, biased variance, eps, offsets."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9))

# float32 input: float32 or float64 output accepted.
F32 = allclose(rtol=1e-4, atol=1e-5)
# Features at a 1e5 offset with spread 1e-3: any centred (two-pass) float64 variance gets
# the output to ~1e-8; E[x^2] - E[x]^2 loses every digit of the variance.
OFFSET = allclose(rtol=1e-5, atol=1e-6)


def params(rng, d):
    return 1.0 + 0.5 * rng.standard_normal(d), rng.standard_normal(d)


@suite.cases
def edge_cases(rng):
    g, b = params(rng, 4)
    yield Case("single sample", "N = 1: every centred value is 0, so the output equals beta",
               args=(rng.standard_normal((1, 4)), g, b))
    g, b = params(rng, 1)
    yield Case("single feature", "a (9, 1) input", args=(rng.standard_normal((9, 1)) * 3, g, b))
    g, b = params(rng, 5)
    yield Case("two samples", "N = 2 (biased variance: each centred value becomes about +-1)",
               args=(rng.standard_normal((2, 5)), g, b))
    x = rng.standard_normal((6, 4))
    x[:, 2] = 7.5
    g, b = params(rng, 4)
    yield Case("constant column", "column 2 is constant (variance 0): its output is beta[2]",
               args=(x, g, b))
    g, b = params(rng, 3)
    yield Case("all zeros", "x = 0: the output is beta in every row", args=(np.zeros((5, 3)), g, b))
    yield Case("identity affine", "gamma = 1, beta = 0: each column gets mean 0, variance ~1",
               args=(rng.standard_normal((16, 6)) * 4 + 2, np.ones(6), np.zeros(6)))
    x = rng.standard_normal((20, 3)) * np.array([1e-3, 1.0, 1e3])
    g, b = params(rng, 3)
    yield Case("columns at different scales", "column scales 1e-3, 1, 1e3: for the first one "
               "the variance (~1e-6) is comparable to eps", args=(x, g, b))
    x = 1e5 + 1e-3 * rng.standard_normal((50, 4))
    g, b = params(rng, 4)
    yield Case("large common offset", "x = 1e5 + 1e-3 * noise: needs a centred variance "
               "(rtol=1e-5, atol=1e-6)", args=(x, g, b), check=OFFSET)
    x = rng.standard_normal((12, 4)) + 1e3 * np.array([1.0, -1.0, 0.5, 0.0])
    g, b = params(rng, 4)
    yield Case("moderate offsets", "columns shifted by up to 1e3", args=(x, g, b))
    g, b = params(rng, 5)
    yield Case("zero gamma", "gamma = 0: the output is beta", args=(rng.standard_normal((7, 5)),
                                                                   np.zeros(5), b))


@suite.cases
def eps_cases(rng):
    g, b = params(rng, 4)
    yield Case("eps 1e-2", "eps = 0.01 passed by keyword, small-variance data",
               args=(0.1 * rng.standard_normal((10, 4)), g, b), kwargs={"eps": 1e-2})
    g, b = params(rng, 4)
    yield Case("eps positional", "eps = 0.5 passed positionally",
               args=(rng.standard_normal((10, 4)), g, b, 0.5))
    g, b = params(rng, 3)
    yield Case("eps 0", "eps = 0 on non-degenerate data", args=(rng.standard_normal((8, 3)), g, b),
               kwargs={"eps": 0.0})


@suite.cases
def random(rng):
    for i, (n, d, scale) in enumerate([(8, 3, 1.0), (32, 16, 5.0), (100, 7, 0.2), (3, 50, 2.0),
                                        (256, 64, 1.0)]):
        g, b = params(rng, d)
        yield Case(f"random {i + 1}", f"a ({n}, {d}) input scaled by {scale:g}",
                   args=(rng.standard_normal((n, d)) * scale + rng.standard_normal(d), g, b))
    g, b = params(rng, 10)
    yield Case("float32", "float32 x, gamma, beta of shape (24, 10) (float32 or float64 output "
               "accepted; rtol=1e-4, atol=1e-5)",
               args=((rng.standard_normal((24, 10)) * 3 + 1).astype(np.float32),
                     g.astype(np.float32), b.astype(np.float32)), check=F32)


@suite.perf
def perf(rng):
    return Case("perf", "a (4000, 256) input",
                args=(rng.standard_normal((4000, 256)) * 2 + 1, 1.0 + 0.1 * rng.standard_normal(256),
                      rng.standard_normal(256)))
