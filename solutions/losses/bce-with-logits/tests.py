"""Hidden suite for `bce_with_logits`: stability at |z| = 1e3, soft targets, any shape, gradients."""

import numpy as np
import reference

from quizcli.suite import Case, Suite, allclose, grad_check

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=("loss", "dlogits"))


def objective(logits, targets):
    return reference.bce_with_logits(logits, targets)[0]


# dlogits (output 1) must be the gradient of the returned mean loss w.r.t. logits (arg 0).
GRAD = allclose(rtol=1e-6, atol=1e-9) & grad_check(objective, wrt=[0], outputs=[1])


def hard(rng, shape):
    return rng.integers(0, 2, size=shape).astype(np.float64)


@suite.cases
def edge_cases(rng):
    yield Case("single element", "z = 0, t = 0.5: loss log 2, gradient 0",
               args=(np.array([0.0]), np.array([0.5])))
    yield Case("all-zero logits", "(3, 4) zeros with hard targets: loss log 2, gradient "
               "(0.5 - t) / 12", args=(np.zeros((3, 4)), hard(rng, (3, 4))))
    z = np.array([1000.0, -1000.0, 800.0, -800.0, 40.0, -40.0])
    yield Case("confident and right", "|z| up to 1000 with the matching hard target: loss and "
               "gradient ~0", args=(z, (z > 0).astype(np.float64)))
    yield Case("confident and wrong", "|z| up to 1000 with the opposite hard target: loss "
               "~|z| on average (a clipped log or exp(-z) overflow fails here)",
               args=(z.copy(), (z < 0).astype(np.float64)))
    x = np.array([-1000.0, -745.0, -100.0, -30.0, -1.0, 0.0, 1.0, 30.0, 100.0, 745.0, 1000.0])
    yield Case("extremes with soft targets", "z from -1000 to 1000, targets uniform in [0, 1]",
               args=(x, rng.uniform(0, 1, x.shape)))
    yield Case("large magnitudes", "(10, 12) logits uniform in [-1000, 1000], hard targets",
               args=(rng.uniform(-1e3, 1e3, (10, 12)), hard(rng, (10, 12))))
    yield Case("targets all 0.5", "(4, 6) logits with every target 0.5",
               args=(rng.standard_normal((4, 6)) * 3, np.full((4, 6), 0.5)))
    yield Case("column vector", "a (7, 1) input", check=GRAD,
               args=(rng.standard_normal((7, 1)) * 2, hard(rng, (7, 1))))


@suite.cases
def gradient_checks(rng):
    for i, shape in enumerate([(5,), (3, 4), (2, 3, 2)]):
        yield Case(f"gradient check {i + 1}", f"a {shape} input, soft targets: dlogits against "
                   "finite differences of the mean loss",
                   args=(rng.standard_normal(shape) * 3, rng.uniform(0, 1, shape)), check=GRAD)
    yield Case("gradient check hard targets", "a (4, 5) input with 0/1 targets",
               args=(rng.standard_normal((4, 5)) * 2, hard(rng, (4, 5))), check=GRAD)


@suite.cases
def random(rng):
    for i, (shape, scale) in enumerate([((50,), 1.0), ((16, 10), 5.0), ((3, 4, 5), 20.0),
                                         ((64, 33), 2.0)]):
        yield Case(f"random {i + 1}", f"a {shape} input, logits scaled by {scale:g}, soft targets",
                   args=(rng.standard_normal(shape) * scale, rng.uniform(0, 1, shape)))
    yield Case("multi-label batch", "(32, 20) logits with 0/1 targets (a multi-label batch)",
               args=(rng.standard_normal((32, 20)) * 4, hard(rng, (32, 20))))


@suite.perf
def perf(rng):
    return Case("perf", "an 800 x 1000 input with soft targets",
                args=(rng.standard_normal((800, 1000)) * 4, rng.uniform(0, 1, (800, 1000))))
