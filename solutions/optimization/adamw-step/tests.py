"""Hidden suite for `adamw_step`: decoupled decay (scaled by lr, on the pre-update weights)."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-30), outputs=("param", "m", "v"))

F32 = allclose(rtol=1e-4, atol=1e-7)


def _state(rng, shape, gscale=1.0, pscale=1.0):
    p = pscale * rng.standard_normal(shape)
    g = gscale * rng.standard_normal(shape)
    m = 0.5 * gscale * rng.standard_normal(shape)
    v = (gscale ** 2) * rng.uniform(0.2, 2.0, shape)
    return p, g, m, v


@suite.cases
def edge_cases(rng):
    p, g, _, _ = _state(rng, (6,))
    z = np.zeros(6)
    yield Case("first step", "t = 1 from m = v = 0 with the default weight_decay = 0.01",
               args=(p, g, z, z, 1), kwargs={"lr": 0.1})
    yield Case("single element", "shape (1,), t = 1, all defaults",
               args=(np.array([3.0]), np.array([-2.0]), np.zeros(1), np.zeros(1), 1))
    yield Case("all zeros", "everything zero at t = 1: nothing moves",
               args=(np.zeros((2, 3)),) * 4 + (1,))
    p, g, m, v = _state(rng, (3, 4))
    yield Case("zero gradient and state", "grad = m = v = 0: only the decay acts, "
               "param * (1 - lr * wd)", args=(p, np.zeros((3, 4)), np.zeros((3, 4)),
                                              np.zeros((3, 4)), 4),
               kwargs={"lr": 0.1, "weight_decay": 0.5})
    p, g, m, v = _state(rng, (5,))
    yield Case("weight decay zero", "weight_decay = 0: exactly Adam", args=(p, g, m, v, 3),
               kwargs={"lr": 0.01, "weight_decay": 0.0})
    p, g, m, v = _state(rng, (4, 2))
    yield Case("positional hyper-parameters", "t = 2 with lr, beta1, beta2, eps, weight_decay "
               "passed positionally (0.05, 0.8, 0.99, 1e-6, 0.1)",
               args=(p, g, m, v, 2, 0.05, 0.8, 0.99, 1e-6, 0.1))


@suite.cases
def decay_rule(rng):
    p, g, m, v = _state(rng, (6, 5), pscale=10.0)
    yield Case("strong decay", "lr = 0.1, weight_decay = 0.5, large weights: the decay must use "
               "the pre-update weights and be scaled by lr", args=(p, g, m, v, 10),
               kwargs={"lr": 0.1, "weight_decay": 0.5})
    p, g, m, v = _state(rng, (4, 4), gscale=1e-3, pscale=5.0)
    yield Case("small gradients large weights", "gradients around 1e-3, weights around 5, "
               "weight_decay = 0.1: L2-through-Adam would be very different",
               args=(p, g, m, v, 50), kwargs={"lr": 1e-2, "weight_decay": 0.1})
    p, g, m, v = _state(rng, (8,), gscale=1e3)
    yield Case("large gradients", "gradients around 1e3, weight_decay = 0.05, lr = 0.05",
               args=(p, g, m, v, 7), kwargs={"lr": 0.05, "weight_decay": 0.05})
    for t in (1, 2, 100):
        p, g, m, v = _state(rng, (3, 5))
        yield Case(f"t = {t}", f"a (3, 5) state at t = {t}, lr = 0.02, weight_decay = 0.1",
                   args=(p, g, m, v, t), kwargs={"lr": 0.02, "weight_decay": 0.1})
    p, g, m, v = _state(rng, (2, 3, 4))
    yield Case("LLM settings", "beta2 = 0.95, weight_decay = 0.1, lr = 3e-4 at t = 2000",
               args=(p, g, m, v, 2000), kwargs={"lr": 3e-4, "beta2": 0.95, "weight_decay": 0.1})
    p, g, m, v = _state(rng, (5, 4), gscale=1e-9)
    yield Case("tiny gradients", "gradients around 1e-9: eps after sqrt(v_hat) matters",
               args=(p, g, m, v, 3), kwargs={"lr": 0.01, "weight_decay": 0.1})
    p, g, m, v = _state(rng, (4, 4))
    yield Case("large eps", "eps = 0.1 at t = 2", args=(p, g, m, v, 2),
               kwargs={"lr": 0.1, "eps": 0.1, "weight_decay": 0.2})
    p, g, m, v = _state(rng, (6, 7))
    yield Case("float32", "float32 arrays at t = 5 (float32 or float64 results accepted; "
               "rtol=1e-4, atol=1e-7)",
               args=tuple(a.astype(np.float32) for a in (p, g, m, v)) + (5,),
               kwargs={"lr": 0.01, "weight_decay": 0.1}, check=F32)


@suite.perf
def perf(rng):
    p, g, m, v = _state(rng, (500, 500))
    return Case("perf", "four (500, 500) arrays at t = 1000",
                args=(p, g, m, v, 1000), kwargs={"weight_decay": 0.1})
