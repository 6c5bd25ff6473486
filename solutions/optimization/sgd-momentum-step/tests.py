"""Hidden suite for `sgd_momentum_step`: the PyTorch momentum convention, weight decay, edges."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-12), outputs=("param", "velocity"))

# float32 inputs: float32 or float64 results are both accepted.
F32 = allclose(rtol=1e-5, atol=1e-7)


def _state(rng, shape, vscale=1.0):
    return (rng.standard_normal(shape), rng.standard_normal(shape),
            vscale * rng.standard_normal(shape))


@suite.cases
def edge_cases(rng):
    p, g, _ = _state(rng, (5,))
    yield Case("first step", "velocity = 0 (the first step): v = g and p = p - lr * g",
               args=(p, g, np.zeros(5)), kwargs={"lr": 0.1})
    yield Case("single element", "shape (1,) with all the defaults",
               args=(np.array([2.0]), np.array([-0.5]), np.array([0.3])))
    p, g, v = _state(rng, (4, 3))
    yield Case("defaults", "lr = 0.01, momentum = 0.9, weight_decay = 0 taken from the defaults",
               args=(p, g, v))
    yield Case("zero momentum", "momentum = 0 is plain SGD: v = g, p = p - lr * g",
               args=(p, g, v), kwargs={"lr": 0.05, "momentum": 0.0})
    yield Case("zero gradient", "grad = 0 with a non-zero velocity: the parameters coast on "
               "momentum", args=(p, np.zeros((4, 3)), v), kwargs={"lr": 0.1, "momentum": 0.9})
    yield Case("lr zero", "lr = 0: the parameters do not move but the velocity still updates",
               args=(p, g, v), kwargs={"lr": 0.0, "momentum": 0.8})
    yield Case("all zeros", "param, grad and velocity all 0 with weight decay: everything stays 0",
               args=(np.zeros((2, 3)), np.zeros((2, 3)), np.zeros((2, 3))),
               kwargs={"weight_decay": 0.1})
    p, g, v = _state(rng, (6,))
    yield Case("positional hyper-parameters", "lr = 0.2, momentum = 0.5, weight_decay = 0.01 "
               "passed positionally", args=(p, g, v, 0.2, 0.5, 0.01))


@suite.cases
def update_rule(rng):
    p, g, v = _state(rng, (3, 4, 5), vscale=3.0)
    yield Case("large velocity", "a (3, 4, 5) state whose velocity is larger than the gradient, "
               "lr = 0.1: the convention of the buffer matters",
               args=(p, g, v), kwargs={"lr": 0.1, "momentum": 0.9})
    p, g, v = _state(rng, (8, 8))
    yield Case("weight decay", "weight_decay = 0.1 is added to the gradient before the buffer",
               args=(p * 5, g, v), kwargs={"lr": 0.05, "momentum": 0.9, "weight_decay": 0.1})
    p, g, v = _state(rng, (10,))
    yield Case("weight decay and zero gradient", "grad = 0, weight_decay = 0.5: only the decay "
               "term and the old velocity move the parameters",
               args=(p, np.zeros(10), v), kwargs={"lr": 0.1, "momentum": 0.9, "weight_decay": 0.5})
    p, g, v = _state(rng, (7, 3))
    yield Case("momentum 0.99", "momentum = 0.99, lr = 1.0",
               args=(p, g, v), kwargs={"lr": 1.0, "momentum": 0.99, "weight_decay": 1e-4})
    p, g, v = _state(rng, (5, 5))
    yield Case("large values", "parameters around 1e6 and gradients around 1e3",
               args=(p * 1e6, g * 1e3, v * 1e3), kwargs={"lr": 1e-3, "weight_decay": 1e-2})
    for i, shape in enumerate([(17,), (6, 9), (2, 3, 4, 5)]):
        p, g, v = _state(rng, shape)
        yield Case(f"random {i + 1}", f"a random {shape} state, lr = 0.03, momentum = 0.9, "
                   "weight_decay = 5e-4", args=(p, g, v),
                   kwargs={"lr": 0.03, "momentum": 0.9, "weight_decay": 5e-4})
    p, g, v = _state(rng, (4, 6))
    yield Case("float32", "float32 param, grad and velocity (float32 or float64 results "
               "accepted; rtol=1e-5, atol=1e-7)",
               args=(p.astype(np.float32), g.astype(np.float32), v.astype(np.float32)),
               kwargs={"lr": 0.1, "momentum": 0.9, "weight_decay": 0.01}, check=F32)


@suite.perf
def perf(rng):
    p, g, v = _state(rng, (600, 600))
    return Case("perf", "three (600, 600) arrays", args=(p, g, v),
                kwargs={"lr": 0.01, "momentum": 0.9, "weight_decay": 1e-4})
