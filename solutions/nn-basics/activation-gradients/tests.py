"""Hidden suite for `activation_gradients`: the four activations on random inputs, extremes,
exact zeros (ReLU'(0) = 0), size-1 shapes, float32, and finite-difference checks of dydx."""

import numpy as np
import reference

from quizcli.suite import Case, Suite, allclose, grad_check

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=("y", "dydx"))

NAMES = ("sigmoid", "tanh", "relu", "gelu")

# float32: a few roundings of ~6e-8 each, and 1 - t^2 loses absolute digits when |t| ~ 1.
F32 = allclose(rtol=1e-4, atol=1e-5)

# dydx is elementwise, so it equals the gradient of sum(activation(x)) with respect to x.
GRAD = allclose(rtol=1e-6, atol=1e-9) & grad_check(
    lambda x, name: np.sum(reference.activation_gradients(x, name)[0]), wrt=[0], outputs=[1])


def _away_from_zero(rng, shape, scale):
    """Random values with |x| >= 1e-3, so that finite differences never cross ReLU's kink."""
    x = rng.standard_normal(shape) * scale
    return np.where(np.abs(x) < 1e-3, 0.5, x)


@suite.cases
def gradient_checks(rng):
    for name in NAMES:
        yield Case(f"gradient check {name}", f"{name} on a (4, 5) input in about [-6, 6]: dydx "
                   "against finite differences of sum(y)",
                   args=(_away_from_zero(rng, (4, 5), 2.0), name), check=GRAD)
    yield Case("gradient check gelu 3-D", "gelu on a (2, 3, 4) input: dydx against finite "
               "differences", args=(_away_from_zero(rng, (2, 3, 4), 1.5), "gelu"), check=GRAD)


@suite.cases
def edge_cases(rng):
    x = np.array([-1000.0, -100.0, -20.0, -5.0, -1.0, -1e-8, 0.0, 1e-8, 1.0, 5.0, 20.0, 100.0,
                  1000.0])
    for name in NAMES:
        yield Case(f"extremes {name}", f"{name} on values from -1000 to 1000, including 0 "
                   "(must stay finite; ReLU'(0) = 0)", args=(x, name))
    for name in NAMES:
        yield Case(f"zeros {name}", f"{name} on an all-zero (3, 4) input",
                   args=(np.zeros((3, 4)), name))
    yield Case("single element gelu", "gelu on a (1,) input", args=(np.array([0.7]), "gelu"))
    yield Case("single element relu", "relu on a (1, 1) input holding 0.0",
               args=(np.zeros((1, 1)), "relu"))
    x = rng.integers(-3, 4, size=(5, 6)).astype(np.float64)
    yield Case("integers as floats relu", "relu on whole numbers -3..3 (many exact zeros)",
               args=(x, "relu"))


@suite.cases
def random(rng):
    for i, name in enumerate(NAMES):
        shape = [(50,), (8, 12), (3, 4, 5), (2, 3, 4, 5)][i]
        yield Case(f"random {name}", f"{name} on a {shape} input scaled by 4",
                   args=(rng.standard_normal(shape) * 4, name))
    for name in ("sigmoid", "gelu"):
        yield Case(f"float32 {name}", f"{name} on a float32 (6, 10) input (float32 or float64 "
                   "output accepted; rtol=1e-4, atol=1e-5)",
                   args=((rng.standard_normal((6, 10)) * 4).astype(np.float32), name), check=F32)


@suite.perf
def perf(rng):
    return Case("perf", "gelu on a 1000 x 1000 input",
                args=(rng.standard_normal((1000, 1000)) * 3, "gelu"))
