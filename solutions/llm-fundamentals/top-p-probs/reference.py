"""Reference solution: nucleus (top-p) filtering of a softmax distribution."""

import numpy as np


def top_p_probs(logits, p):
    """(V,) probabilities after nucleus filtering with threshold p in (0, 1], float64.

    Tokens are ranked by descending probability (stable: lower index first on ties); a token is
    kept when the total probability of the tokens ranked before it is < p, i.e. the smallest
    prefix whose mass reaches p, including the token that crosses p. Kept tokens are
    renormalised; the rest are 0.
    """
    x = np.asarray(logits, dtype=np.float64)
    e = np.exp(x - np.max(x))  # max shift: no overflow, the top token has exp(0) = 1
    probs = e / np.sum(e)
    order = np.argsort(-probs, kind="stable")  # descending, ties by lower index
    sorted_p = probs[order]
    csum = np.cumsum(sorted_p)
    mass_before = np.concatenate(([0.0], csum[:-1]))
    keep_sorted = mass_before < p  # the first token always stays (0 < p)
    out = np.zeros_like(probs)
    kept = order[keep_sorted]
    out[kept] = probs[kept] / np.sum(probs[kept])
    return out
