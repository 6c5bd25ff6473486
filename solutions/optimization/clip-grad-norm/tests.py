"""Hidden suite for `clip_grad_norm`: global (not per-tensor) norm, threshold, copies, shapes."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-12), outputs=("clipped", "total_norm"))

F32 = allclose(rtol=1e-5, atol=1e-7)


def _grads(rng, shapes, scale=1.0):
    return [scale * rng.standard_normal(s) for s in shapes]


@suite.cases
def edge_cases(rng):
    yield Case("one vector clipped", "one gradient [3, 4] (norm 5) with max_norm = 1",
               args=([np.array([3.0, 4.0])], 1.0))
    yield Case("one vector not clipped", "one gradient [3, 4] (norm 5) with max_norm = 10: "
               "returned unchanged", args=([np.array([3.0, 4.0])], 10.0))
    yield Case("norm equals max_norm", "a global norm of exactly 5 with max_norm = 5: not "
               "clipped (the test is total_norm > max_norm)",
               args=([np.array([3.0]), np.array([[4.0]])], 5.0))
    yield Case("all zeros", "all-zero gradients: norm 0, nothing to clip",
               args=([np.zeros((2, 3)), np.zeros(4)], 1.0))
    yield Case("single element arrays", "three (1,) gradients [1], [2], [2] (norm 3), "
               "max_norm = 1.5", args=([np.array([1.0]), np.array([2.0]), np.array([2.0])], 1.5))
    yield Case("max_norm zero", "max_norm = 0: every gradient becomes 0",
               args=(_grads(rng, [(3,), (2, 2)]), 0.0))
    yield Case("empty list", "no gradients at all: an empty list and norm 0",
               args=([], 1.0))
    yield Case("custom eps", "eps = 0.5 passed by keyword (scale = max_norm / (norm + eps))",
               args=(_grads(rng, [(4,), (3, 2)], 3.0), 1.0), kwargs={"eps": 0.5})
    yield Case("positional eps", "eps = 1e-3 passed positionally",
               args=(_grads(rng, [(5,)], 2.0), 0.5, 1e-3))


@suite.cases
def global_norm(rng):
    g = _grads(rng, [(10, 10), (3,)])
    g[1] = g[1] * 0.01
    yield Case("one large one small", "a large (10, 10) gradient and a tiny (3,) one, "
               "max_norm = 1: both are scaled by the same global factor", args=(g, 1.0))
    yield Case("each small but global large", "20 gradients each with norm below max_norm = 2 "
               "whose global norm exceeds it", args=(_grads(rng, [(4,)] * 20, 0.4), 2.0))
    shapes = [(64, 32), (32,), (32, 10), (10,), (3, 3, 3, 2)]
    yield Case("mixed shapes clipped", "a small network's gradients (2-D, 1-D, 4-D), "
               "max_norm = 1", args=(_grads(rng, shapes), 1.0))
    yield Case("mixed shapes not clipped", "the same kind of shapes with max_norm = 1000",
               args=(_grads(rng, shapes), 1000.0))
    yield Case("exploding", "gradients around 1e100 (an exploding loss), max_norm = 1",
               args=(_grads(rng, [(5, 5), (7,)], 1e100), 1.0))
    yield Case("tiny", "gradients around 1e-20, max_norm = 1: not clipped",
               args=(_grads(rng, [(6,), (2, 5)], 1e-20), 1.0))
    for i, (shapes, max_norm) in enumerate([([(8, 8), (8,)], 3.0), ([(2, 3, 4)], 5.0),
                                            ([(100,), (50, 2), (1,)], 12.0)]):
        yield Case(f"random {i + 1}", f"random gradients of shapes {shapes}, max_norm = "
                   f"{max_norm:g}", args=(_grads(rng, shapes, 1.5), max_norm))
    yield Case("float32", "float32 gradients (float32 or float64 results accepted; rtol=1e-5, "
               "atol=1e-7)", args=([a.astype(np.float32) for a in _grads(rng, [(6, 5), (5,)])],
                                   1.0), check=F32)


@suite.perf
def perf(rng):
    shapes = [(512, 512), (512,), (512, 1024), (1024,), (256, 1024), (1024,)]
    return Case("perf", "six gradients with 1,051,136 elements in total, max_norm = 1",
                args=(_grads(rng, shapes), 1.0))
