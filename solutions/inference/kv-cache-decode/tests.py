"""Hidden suite for `kv_cache_step`: one decode step must equal the last row of full causal
attention over the whole prefix, and the returned caches must be the old ones plus one row."""

import numpy as np

from quizcli.suite import Case, Suite, allclose, invariant

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=("out_t", "k_cache", "v_cache"))


def full_causal_attention(x, Wq, Wk, Wv):
    """Recompute everything from scratch: (L, D) outputs of causal attention, scale 1/sqrt(D)."""
    L, D = x.shape
    q, k, v = x @ Wq, x @ Wk, x @ Wv
    s = q @ k.T / np.sqrt(D)
    s = np.where(np.tril(np.ones((L, L), dtype=bool)), s, -np.inf)
    s = s - s.max(axis=1, keepdims=True)
    w = np.exp(s)
    w /= w.sum(axis=1, keepdims=True)
    return w @ v


def matches_recomputation(x_full, Wq, Wk, Wv):
    """Invariant: out_t equals the last row of full causal attention over x_full (the cached
    prefix plus the new token), i.e. incremental decoding equals full recomputation."""
    want = full_causal_attention(x_full, Wq, Wk, Wv)[-1]

    def check(got, case):
        if not isinstance(got, tuple | list) or len(got) != 3:
            return "expected a tuple (out_t, k_cache, v_cache)"
        out = np.asarray(got[0], dtype=np.float64)
        if out.shape != want.shape:
            return f"out_t: expected shape {want.shape}, got {out.shape}"
        err = np.abs(out - want)
        if not np.all(err <= 1e-9 + 1e-6 * np.abs(want)):
            i = int(np.argmax(err))
            return (f"out_t differs from full causal attention recomputed over all "
                    f"{x_full.shape[0]} tokens: index {i}: expected {want[i]:.6g}, got {out[i]:.6g}")
        return None

    return invariant(check)


def make(rng, t, D, x_scale=1.0, w_scale=None):
    w_scale = 1.0 / np.sqrt(D) if w_scale is None else w_scale
    Wq, Wk, Wv = (rng.standard_normal((D, D)) * w_scale for _ in range(3))
    x_full = rng.standard_normal((t + 1, D)) * x_scale
    prefix = x_full[:t]
    k_cache, v_cache = prefix @ Wk, prefix @ Wv
    args = (x_full[t].copy(), k_cache, v_cache, Wq, Wk, Wv)
    return args, x_full, (Wq, Wk, Wv)


def case(rng, name, desc, t, D, **kw):
    args, x_full, W = make(rng, t, D, **kw)
    return Case(name, desc, args=args,
                check=allclose(rtol=1e-6, atol=1e-9) & matches_recomputation(x_full, *W))


@suite.cases
def edge_cases(rng):
    yield case(rng, "empty cache", "t=0: caches of shape (0, 4); the first token attends only "
               "to itself, so out_t = x_t @ Wv", 0, 4)
    yield case(rng, "D=1", "D=1, t=3: scalar features, scale 1/sqrt(1)", 3, 1)
    yield case(rng, "one cached token", "t=1, D=3", 1, 3)
    args, x_full, W = make(rng, 5, 6)
    args = (np.zeros(6),) + args[1:]
    x_full[-1] = 0.0
    yield Case("zero token", "x_t = 0: q = k = v = 0 for the new token; its score is 0, not "
               "skipped", args=args, check=allclose() & matches_recomputation(x_full, *W))
    args, x_full, W = make(rng, 4, 5)
    x_full[:] = x_full[0]
    k = x_full[:4] @ W[1]
    args = (x_full[4].copy(), k, x_full[:4] @ W[2], *W)
    yield Case("identical tokens", "5 identical tokens: uniform weights, out_t = x_t @ Wv",
               args=args, check=allclose() & matches_recomputation(x_full, *W))
    yield case(rng, "large scores", "t=9, D=8 with inputs scaled by 30: scores in the "
               "thousands, exp overflows without a max shift", 9, 8, x_scale=30.0, w_scale=1.0)
    yield case(rng, "very negative scores", "t=6, D=4, inputs scaled by 40: attention is "
               "nearly one-hot", 6, 4, x_scale=40.0, w_scale=1.0)


@suite.cases
def random(rng):
    for i, (t, D) in enumerate([(2, 2), (7, 5), (16, 8), (31, 16), (64, 12), (100, 32)]):
        yield case(rng, f"random {i + 1}", f"t={t} cached tokens, D={D}", t, D)
    yield case(rng, "non-square scale", "t=10, D=9: the scale is 1/sqrt(D)=1/3, not "
               "1/sqrt(t+1) or 1/D", 10, 9, w_scale=1.0)


@suite.perf
def perf(rng):
    t, D = 1500, 256
    args, _, _ = make(rng, t, D)
    return Case("perf", f"t={t} cached tokens, D={D}", args=args)
