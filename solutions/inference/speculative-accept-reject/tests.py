"""Hidden suite for `speculative_accept_reject`: exact emitted tokens for controlled accept /
reject patterns, tie rules (u == p/q, u on a CDF step), K = 0, and random rounds."""

import numpy as np

from quizcli.suite import Case, Suite, exact, invariant


def structure(got, case):
    """Invariant: 1..K+1 tokens, the accepted ones are a prefix of the draft, all in [0, V)."""
    p, _, draft = case.args[0], case.args[1], np.asarray(case.args[2])
    K, V = draft.shape[0], p.shape[1]
    if not isinstance(got, np.ndarray) or got.ndim != 1:
        return "expected a 1-D integer ndarray of emitted tokens"
    if not 1 <= got.shape[0] <= K + 1:
        return f"must emit between 1 and K+1 = {K + 1} tokens, got {got.shape[0]}"
    n = got.shape[0] - 1
    if not np.array_equal(got[:n], draft[:n]):
        return "all tokens but the last must be the accepted prefix of draft_tokens"
    if got.size and not (got.min() >= 0 and got.max() < V):
        return f"tokens must lie in [0, {V})"
    return None


CHECK = exact(strict_dtype=False) & invariant(structure)
# Default check (used for the public examples) is exact; hidden cases add the invariant.
suite = Suite(check=exact(strict_dtype=False))


def C(*args, **kwargs):
    """A hidden case checked exactly and for the output's structure."""
    return Case(*args, check=CHECK, **kwargs)


def probs(rng, n, V, temp=1.0):
    z = rng.standard_normal((n, V)) * temp
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def safe_uniform(rng, avoid, eps=1e-7):
    """A uniform draw not within eps of any value in `avoid` (rounding-sensitive boundaries)."""
    avoid = np.atleast_1d(np.asarray(avoid, dtype=np.float64))
    while True:
        u = float(rng.random())
        if np.all(np.abs(avoid - u) > eps):
            return u


def random_round(rng, K, V, temp=1.0):
    p = probs(rng, K + 1, V, temp)
    q = probs(rng, K, V, temp)
    draft = np.array([rng.choice(V, p=q[i]) for i in range(K)], dtype=np.int64)
    ratio = np.minimum(1.0, p[np.arange(K), draft] / q[np.arange(K), draft])
    uniforms = np.array([safe_uniform(rng, r) for r in ratio])
    acc = uniforms < ratio
    n_ok = K if acc.all() else int(np.argmin(acc))
    if n_ok == K:
        cdf = np.cumsum(p[K])
    else:
        r = np.maximum(p[n_ok] - q[n_ok], 0.0)
        cdf = np.cumsum(r / r.sum())
    return p, q, draft, uniforms, safe_uniform(rng, cdf)


@suite.cases
def controlled(rng):
    # Dyadic probabilities: ratios and normalised residuals are exact in binary floating point.
    p = np.array([[0.25, 0.25, 0.5, 0.0], [0.5, 0.25, 0.125, 0.125], [0.125, 0.375, 0.25, 0.25]])
    q = np.array([[0.5, 0.25, 0.25, 0.0], [0.25, 0.25, 0.25, 0.25]])
    yield C("all accepted", "K=2, uniforms 0: both drafts accepted, bonus token from "
               "p[K] with u=0.3", args=(p, q, np.array([1, 0]), np.array([0.0, 0.0]), 0.3))
    yield C("first rejected", "K=2: draft 0 has p/q = 0.5 and u = 0.9 -> reject; resample "
               "from (p - q)+ = token 2 only", args=(p, q, np.array([0, 0]),
                                                     np.array([0.9, 0.0]), 0.1))
    yield C("second rejected", "K=2: draft 0 accepted (ratio 1), draft 1 has p/q = 0.5 and "
               "u = 0.75 -> reject at position 1", args=(p, q, np.array([1, 2]),
                                                         np.array([0.999, 0.75]), 0.6))
    yield C("tie u == p/q", "u exactly equals p/q = 0.5: strict < rejects",
               args=(p, q, np.array([0, 0]), np.array([0.5, 0.0]), 0.0))
    p2 = np.array([[0.0, 0.5, 0.5], [0.25, 0.25, 0.5]])
    q2 = np.array([[0.5, 0.25, 0.25]])
    yield C("zero target prob", "p[x] = 0 and u = 0: 0 < 0 is false, so the draft is "
               "rejected", args=(p2, q2, np.array([0]), np.array([0.0]), 0.0))
    yield C("u = 0 skips zero-mass tokens", "resample with u = 0 must return the first "
               "token with positive residual, not token 0",
               args=(p2, q2, np.array([0]), np.array([0.5]), 0.0))
    p3 = np.array([[0.1, 0.9], [0.5, 0.5]])
    q3 = np.array([[0.6, 0.4]])
    yield C("ratio above 1", "p/q = 2.25 > 1: accepted even with u = 0.999",
               args=(p3, q3, np.array([1]), np.array([0.999]), 0.75))
    p4 = np.array([[0.25, 0.25, 0.5], [0.25, 0.25, 0.5]])
    yield C("bonus CDF tie", "K=1 accepted; bonus u = 0.5 equals cdf[1] exactly: the "
               "smallest index whose cumulative probability EXCEEDS u is 2",
               args=(p4, np.array([[0.25, 0.25, 0.5]]), np.array([2]), np.array([0.3]), 0.5))
    p5 = np.array([[0.125, 0.375, 0.25, 0.25], [0.25, 0.25, 0.25, 0.25]])
    q5 = np.array([[0.5, 0.125, 0.125, 0.25]])
    yield C("residual CDF tie", "rejected; residual (0, .25, .125, 0)/.375 has cdf "
               "(0, 2/3, 1, 1); u = 0 -> token 1",
               args=(p5, q5, np.array([0]), np.array([0.5]), 0.0))
    yield C("K = 0", "no draft tokens: emit one token sampled from p[0]",
               args=(np.array([[0.2, 0.3, 0.5]]), np.zeros((0, 3)), np.zeros(0, dtype=np.int64),
                     np.zeros(0), 0.55))
    p6 = probs(rng, 4, 6)
    q6 = p6[:3].copy()
    yield C("draft equals target", "q = p: every ratio is exactly 1, all accepted, plus a "
               "bonus", args=(p6, q6, np.array([0, 3, 5]), np.array([0.99, 0.5, 0.999]),
                              0.123456))


@suite.cases
def random(rng):
    for i, (K, V, temp) in enumerate([(1, 5, 1.0), (3, 8, 2.0), (4, 16, 1.0), (5, 32, 3.0),
                                      (8, 100, 1.0), (6, 50, 0.3)]):
        yield C(f"random {i + 1}", f"K={K}, V={V}, logit scale {temp:g}, random draws",
                   args=random_round(rng, K, V, temp))


@suite.perf
def perf(rng):
    K, V = 8, 50_000
    return C("perf", f"K={K}, V={V}", args=random_round(rng, K, V, 2.0))
