"""Hidden suite for `top_p_probs`: the crossing token, exact boundaries, ties, stability."""

import numpy as np

from quizcli.suite import Case, Suite, allclose, custom

_CLOSE = allclose(rtol=1e-6, atol=1e-9)


def _same_or_other_tie_order(got, case, expected):
    """allclose to the reference; failing that, any equally valid nucleus is accepted: where
    tied tokens straddle the cut, which of them stay is not part of the contract."""
    msg = _CLOSE.compare(expected, got, case)
    if msg is None or not (isinstance(got, np.ndarray) and got.shape == expected.shape
                           and got.dtype == expected.dtype):
        return msg
    x = np.asarray(case.args[0], dtype=np.float64)
    e = np.exp(x - x.max())
    probs = e / e.sum()
    kept_got, kept_ref = got > 0, expected > 0
    if kept_got.sum() != kept_ref.sum() or not np.array_equal(
            np.sort(probs[kept_got]), np.sort(probs[kept_ref])):
        return msg  # not the same nucleus up to ties
    want = np.where(kept_got, probs / probs[kept_got].sum(), 0.0)
    return msg if _CLOSE.compare(want, got, case) else None


suite = Suite(check=custom(_same_or_other_tie_order))


@suite.cases
def edge_cases(rng):
    yield Case("p = 1", "(7,) logits, p = 1: nothing is filtered (plain softmax)",
               args=(rng.standard_normal(7), 1.0))
    yield Case("tiny p", "(9,) logits, p = 1e-9: only the most probable token survives",
               args=(rng.standard_normal(9), 1e-9))
    yield Case("single token", "a (1,) input: probability 1", args=(np.array([0.3]), 0.5))
    yield Case("exact boundary", "4 equal logits, p = 0.5: 0.25 + 0.25 reaches p exactly, "
               "so exactly 2 tokens are kept", args=(np.zeros(4), 0.5))
    yield Case("crossing token kept", "probabilities [0.5, 0.3, 0.2], p = 0.6: the 0.3 token "
               "crosses p and is kept", args=(np.log(np.array([0.5, 0.3, 0.2])), 0.6))
    x = np.log(np.array([0.125, 0.125, 0.5, 0.125, 0.125]))
    yield Case("ties at the cut", "probabilities [1/8, 1/8, 1/2, 1/8, 1/8], p = 0.6: one of "
               "the tied 1/8 tokens is kept (any one of them)", args=(x, 0.6))
    x = np.array([1.0, 2.0, 1.0, 2.0, 0.0, 1.0])
    yield Case("ties in the middle", "logits [1, 2, 1, 2, 0, 1], p = 0.8", args=(x, 0.8))
    yield Case("all zeros", "(10,) zero logits, p = 0.35: uniform, 4 tokens kept",
               args=(np.zeros(10), 0.35))
    yield Case("large logits", "(12,) logits near +1e4 (exp overflows without the max shift), "
               "p = 0.9", args=(1e4 + rng.standard_normal(12), 0.9))
    yield Case("very negative logits", "(12,) logits near -1e4, p = 0.7",
               args=(-1e4 + rng.standard_normal(12) * 2, 0.7))
    yield Case("dominant token", "one logit 20 above the rest, p = 0.95: one-hot",
               args=(np.concatenate([[20.0], rng.standard_normal(15)]), 0.95))


@suite.cases
def random_cases(rng):
    for i, (v, scale, p) in enumerate([(50, 1.0, 0.9), (200, 3.0, 0.5), (30, 0.3, 0.95),
                                       (500, 5.0, 0.8)]):
        yield Case(f"random {i + 1}", f"({v},) logits x{scale:g}, p = {p:g}",
                   args=(rng.standard_normal(v) * scale, p))


@suite.perf
def perf(rng):
    return Case("perf", "(100000,) logits x4, p = 0.9", args=(rng.standard_normal(100_000) * 4, 0.9))
