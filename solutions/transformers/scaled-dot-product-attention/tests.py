"""Hidden suite for `scaled_dot_product_attention`: masks, broadcasting, stability, batching."""

import numpy as np

from quizcli.suite import Case, Suite, allclose, custom

_CLOSE = allclose(rtol=1e-6, atol=1e-9)


def _close_masked_rows_zero_or_nan(got, case, expected):
    """allclose to the reference, except that a query row with no allowed key may be all zeros
    (the stated convention) or all NaN (softmax over no keys is undefined; PyTorch gives NaN)."""
    mask = case.kwargs.get("mask")
    if (mask is not None and isinstance(got, np.ndarray) and isinstance(expected, np.ndarray)
            and got.shape == expected.shape and got.dtype.kind == "f" and got.ndim >= 2):
        lk = case.args[1].shape[-2]
        full = ~np.broadcast_to(mask, (*got.shape[:-1], lk)).any(axis=-1)  # (..., Lq)
        if full.any():
            rows = got[full]
            ok = np.all(rows == 0, axis=-1) | np.all(np.isnan(rows), axis=-1)
            if not ok.all():
                return ("output: a query row with no allowed key must be all zeros (or all NaN), "
                        f"got {rows[~ok][0][:4]}...")
            got = got.copy()
            got[full] = 0.0
    return _CLOSE.compare(expected, got, case)


suite = Suite(check=custom(_close_masked_rows_zero_or_nan))


def _qkv(rng, lead, lq, lk, d, dv, scale=1.0):
    return (rng.standard_normal((*lead, lq, d)) * scale, rng.standard_normal((*lead, lk, d)) * scale,
            rng.standard_normal((*lead, lk, dv)))


@suite.cases
def edge_cases(rng):
    q, k, v = _qkv(rng, (), 1, 1, 1, 1)
    yield Case("single query and key", "Lq = Lk = d = dv = 1, no leading axes: output equals v",
               args=(q, k, v))
    q, k, v = _qkv(rng, (), 3, 1, 4, 2)
    yield Case("one key", "Lk = 1: every query copies the only value row", args=(q, k, v))
    q, k, v = _qkv(rng, (), 1, 6, 4, 3)
    yield Case("one query", "Lq = 1, Lk = 6, 2-D inputs", args=(q, k, v))
    q, k, v = _qkv(rng, (), 4, 5, 3, 2)
    yield Case("all-zero queries", "q = 0: uniform weights, every output row is the mean of v",
               args=(np.zeros_like(q), k, v))
    q, k, v = _qkv(rng, (), 4, 4, 8, 3)
    k[2] = k[1]
    yield Case("tied keys", "two identical key rows get equal weights", args=(q, k, v))


@suite.cases
def stability(rng):
    q, k, v = _qkv(rng, (2,), 5, 7, 16, 4, scale=30.0)
    yield Case("large scores", "q, k scaled by 30 (scores ~ +-1e4): exp overflows without a "
               "max shift", args=(q, k, v))
    q, k, v = _qkv(rng, (), 4, 6, 4, 3)
    yield Case("scores in the thousands", "q, k scaled by 50 (scores of magnitude ~1e3-1e4, "
               "positive and negative)", args=(q * 50.0, k * 50.0, v))


@suite.cases
def masks(rng):
    q, k, v = _qkv(rng, (), 5, 5, 4, 3)
    causal = np.tril(np.ones((5, 5), dtype=bool))
    yield Case("causal mask 2-D", "(5, 5) inputs with a lower-triangular mask", args=(q, k, v),
               kwargs={"mask": causal})
    q, k, v = _qkv(rng, (2, 3), 6, 6, 8, 5)
    causal = np.tril(np.ones((6, 6), dtype=bool))
    yield Case("broadcast (Lq, Lk) mask", "q (2, 3, 6, 8) with a (6, 6) causal mask broadcast "
               "over batch and heads", args=(q, k, v), kwargs={"mask": causal})
    q, k, v = _qkv(rng, (3, 2), 4, 7, 5, 3)
    lengths = np.array([7, 4, 1])
    pad = (np.arange(7)[None, :] < lengths[:, None])[:, None, None, :]  # (3, 1, 1, 7)
    yield Case("padding mask (B, 1, 1, Lk)", "q (3, 2, 4, 5), key lengths 7, 4, 1: padded keys "
               "must get exactly zero weight", args=(q, k, v), kwargs={"mask": pad})
    q, k, v = _qkv(rng, (2,), 4, 5, 3, 2)
    mask = rng.random((2, 4, 5)) < 0.6
    mask[0, 1, :] = False
    mask[1, 3, :] = False
    yield Case("fully masked rows", "random mask with one fully masked row per batch: those "
               "output rows must be zeros (or NaN), not the mean of v",
               args=(q, k, v), kwargs={"mask": mask})
    q, k, v = _qkv(rng, (), 3, 4, 2, 2)
    yield Case("everything masked", "an all-False (3, 4) mask: the whole output is zeros",
               args=(q, k, v), kwargs={"mask": np.zeros((3, 4), dtype=bool)})
    q, k, v = _qkv(rng, (2, 2), 5, 5, 4, 4, scale=20.0)
    mask = rng.random((5, 5)) < 0.5
    mask[np.arange(5), np.arange(5)] = True
    yield Case("random mask with large scores", "q, k scaled by 20 with a random (5, 5) mask "
               "(masked keys may carry the largest scores)", args=(q, k, v),
               kwargs={"mask": mask})
    q, k, v = _qkv(rng, (), 4, 4, 3, 2)
    yield Case("all-True mask", "an all-True mask equals no mask", args=(q, k, v),
               kwargs={"mask": np.ones((4, 4), dtype=bool)})


@suite.cases
def random(rng):
    for i, (lead, lq, lk, d, dv) in enumerate([((), 7, 9, 5, 3), ((3,), 4, 4, 16, 16),
                                                ((2, 4), 10, 6, 8, 12), ((1, 1, 2), 3, 8, 6, 1)]):
        q, k, v = _qkv(rng, lead, lq, lk, d, dv, scale=2.0)
        yield Case(f"random {i + 1}", f"q {q.shape}, k {k.shape}, v {v.shape}, no mask",
                   args=(q, k, v))


@suite.perf
def perf(rng):
    q, k, v = _qkv(rng, (4, 8), 128, 128, 64, 64)
    causal = np.tril(np.ones((128, 128), dtype=bool))
    return Case("perf", "B=4, H=8, L=128, d=64 with a (128, 128) causal mask",
                args=(q, k, v), kwargs={"mask": causal})
