"""Hidden suite for `multi_head_attention`: head layout, scaling, masks, shapes."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9))


def _args(rng, B, L, D, wscale=None, xscale=1.0):
    wscale = 1.0 / np.sqrt(D) if wscale is None else wscale
    x = rng.standard_normal((B, L, D)) * xscale
    ws = [rng.standard_normal((D, D)) * wscale for _ in range(4)]
    return (x, *ws)


@suite.cases
def edge_cases(rng):
    yield Case("one head", "n_heads = 1: plain single-head attention with D = 6",
               args=(*_args(rng, 2, 4, 6), 1))
    yield Case("head size 1", "D = 4, n_heads = 4: every head has dh = 1",
               args=(*_args(rng, 1, 5, 4, wscale=1.0), 4))
    yield Case("single token", "L = 1: each head attends only to itself",
               args=(*_args(rng, 3, 1, 8), 2))
    yield Case("batch of one", "B = 1, L = 6, D = 12, 3 heads", args=(*_args(rng, 1, 6, 12, wscale=0.6), 3))
    x, wq, wk, wv, wo = _args(rng, 2, 5, 8)
    yield Case("all-zero input", "x = 0: every output is 0", args=(np.zeros_like(x), wq, wk, wv, wo, 2))
    x, wq, wk, wv, wo = _args(rng, 2, 4, 6)
    yield Case("identity projections", "Wq = Wk = Wv = Wo = I, 3 heads of size 2",
               args=(x, np.eye(6), np.eye(6), np.eye(6), np.eye(6), 3))


@suite.cases
def layouts(rng):
    yield Case("4 heads, B != L", "B = 3, L = 5, D = 16, 4 heads (dh = 4): head split, per-head "
               "scale 1/sqrt(dh) and concat order all matter", args=(*_args(rng, 3, 5, 16, wscale=0.8), 4))
    yield Case("8 heads", "B = 2, L = 7, D = 32, 8 heads", args=(*_args(rng, 2, 7, 32, wscale=0.5), 8))
    yield Case("2 heads, larger scores", "B = 2, L = 6, D = 8, weights with unit entries (peaked "
               "attention)", args=(*_args(rng, 2, 6, 8, wscale=1.0), 2))
    yield Case("large scores", "x scaled by 30: scores ~ 1e3 and more, must stay finite",
               args=(*_args(rng, 2, 5, 8, xscale=30.0), 2))


@suite.cases
def masks(rng):
    causal = np.tril(np.ones((6, 6), dtype=bool))
    yield Case("causal (L, L) mask", "B = 2, L = 6, D = 12, 3 heads with a (6, 6) causal mask",
               args=(*_args(rng, 2, 6, 12, wscale=0.6), 3), kwargs={"mask": causal})
    lengths = np.array([5, 2, 1])
    pad = (np.arange(5)[None, :] < lengths[:, None])[:, None, None, :]  # (B, 1, 1, L)
    yield Case("padding (B, 1, 1, L) mask", "B = 3, L = 5, D = 8, 2 heads, key lengths 5, 2, 1",
               args=(*_args(rng, 3, 5, 8, wscale=0.7), 2), kwargs={"mask": pad})
    mask = rng.random((2, 4, 5, 5)) < 0.5
    mask[0, 1, 2, :] = False
    mask[1, 3, 0, :] = False
    yield Case("per-head mask with empty rows", "a (B, H, L, L) = (2, 4, 5, 5) random mask "
               "including fully masked rows (zeros for that head before Wo)",
               args=(*_args(rng, 2, 5, 16, wscale=0.6), 4), kwargs={"mask": mask})


@suite.perf
def perf(rng):
    causal = np.tril(np.ones((128, 128), dtype=bool))
    return Case("perf", "B = 4, L = 128, D = 256, 8 heads with a causal mask",
                args=(*_args(rng, 4, 128, 256), 8), kwargs={"mask": causal})
