"""Hidden suite for `adam_step`: bias correction at small and large t, eps placement, state."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

# atol is tiny: second moments of small gradients are ~1e-20 and must still be right.
suite = Suite(check=allclose(rtol=1e-6, atol=1e-30), outputs=("param", "m", "v"))

F32 = allclose(rtol=1e-4, atol=1e-7)


def _state(rng, shape, gscale=1.0):
    """A plausible Adam state after some steps: v is consistent with gradients of scale gscale."""
    p = rng.standard_normal(shape)
    g = gscale * rng.standard_normal(shape)
    m = 0.5 * gscale * rng.standard_normal(shape)
    v = (gscale ** 2) * rng.uniform(0.2, 2.0, shape)
    return p, g, m, v


@suite.cases
def edge_cases(rng):
    p, g, _, _ = _state(rng, (6,))
    z = np.zeros(6)
    yield Case("first step", "t = 1 from m = v = 0: the bias-corrected step is about "
               "lr * sign(grad)", args=(p, g, z, z, 1))
    yield Case("single element", "shape (1,), t = 1, the defaults",
               args=(np.array([0.5]), np.array([-2.0]), np.zeros(1), np.zeros(1), 1))
    yield Case("all zeros", "param, grad, m and v all zero at t = 1: nothing moves (0 / (0 + eps))",
               args=(np.zeros((2, 3)), np.zeros((2, 3)), np.zeros((2, 3)), np.zeros((2, 3)), 1))
    p, g, m, v = _state(rng, (3, 4))
    yield Case("zero gradient", "grad = 0 with a non-zero state at t = 5: the step comes from "
               "the moments alone", args=(p, np.zeros((3, 4)), m, v, 5))
    p, g, _, _ = _state(rng, (4,))
    yield Case("second step", "t = 2 after a first step from zero state",
               args=(p, g, 0.1 * g, 0.001 * g * g, 2), kwargs={"lr": 0.01})
    p, g, m, v = _state(rng, (5, 2))
    yield Case("positional hyper-parameters", "t = 3 with lr, beta1, beta2, eps passed "
               "positionally (0.01, 0.8, 0.99, 1e-6)", args=(p, g, m, v, 3, 0.01, 0.8, 0.99, 1e-6))


@suite.cases
def bias_correction(rng):
    for t in (1, 2, 10, 100):
        p, g, m, v = _state(rng, (4, 5))
        yield Case(f"t = {t}", f"a (4, 5) state at step t = {t}: 1 - beta**t must use this t",
                   args=(p, g, m, v, t), kwargs={"lr": 0.01})
    p, g, m, v = _state(rng, (8,))
    yield Case("large t", "t = 100000: the bias corrections are 1 (beta**t underflows to 0)",
               args=(p, g, m, v, 100000))
    p, g, m, v = _state(rng, (3, 3))
    yield Case("LLM betas", "beta2 = 0.95 at t = 7", args=(p, g, m, v, 7),
               kwargs={"lr": 3e-4, "beta1": 0.9, "beta2": 0.95})
    p, g, m, v = _state(rng, (6,))
    yield Case("beta1 zero", "beta1 = 0 (no momentum, RMSProp with bias correction), t = 4",
               args=(p, g, m, v, 4), kwargs={"beta1": 0.0})
    p, g, m, v = _state(rng, (2, 3, 4))
    yield Case("3-D state", "a (2, 3, 4) state at t = 12, lr = 0.05",
               args=(p, g, m, v, 12), kwargs={"lr": 0.05})


@suite.cases
def eps_and_scale(rng):
    p, g, m, v = _state(rng, (5, 4), gscale=1e-8)
    yield Case("tiny gradients", "gradients around 1e-8, as large as eps: eps must be added "
               "after the square root of v_hat", args=(p, g, m, v, 3))
    p, g, _, _ = _state(rng, (10,), gscale=1e-9)
    yield Case("tiny gradients first step", "t = 1, gradients around 1e-9 from zero state",
               args=(p, g, np.zeros(10), np.zeros(10), 1))
    p, g, m, v = _state(rng, (4, 4))
    yield Case("large eps", "eps = 0.1 (comparable to sqrt(v_hat)) at t = 2",
               args=(p, g, m, v, 2), kwargs={"eps": 0.1, "lr": 0.1})
    p, g, m, v = _state(rng, (3, 5), gscale=1e6)
    yield Case("huge gradients", "gradients around 1e6: Adam's step stays about lr",
               args=(p, g, m, v, 20))
    p, g, m, v = _state(rng, (7, 9), gscale=0.3)
    yield Case("random 3 x 3", "a (7, 9) state at t = 50, lr = 3e-4",
               args=(p, g, m, v, 50), kwargs={"lr": 3e-4})
    p, g, m, v = _state(rng, (6, 8))
    yield Case("float32", "float32 arrays at t = 5 (float32 or float64 results accepted; "
               "rtol=1e-4, atol=1e-7)",
               args=tuple(a.astype(np.float32) for a in (p, g, m, v)) + (5,), check=F32)


@suite.perf
def perf(rng):
    p, g, m, v = _state(rng, (500, 500))
    return Case("perf", "four (500, 500) arrays at t = 1000", args=(p, g, m, v, 1000))
