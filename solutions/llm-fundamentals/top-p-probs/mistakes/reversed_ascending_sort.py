# Wrong tie rule: reversing an ascending sort ranks tied tokens by higher index first.
import numpy as np


def top_p_probs(logits, p):
    x = np.asarray(logits, dtype=np.float64)
    e = np.exp(x - x.max())
    probs = e / e.sum()
    order = np.argsort(probs, kind="stable")[::-1]
    sorted_p = probs[order]
    before = np.cumsum(sorted_p) - sorted_p
    keep = before < p
    out = np.zeros_like(probs)
    out[order[keep]] = sorted_p[keep] / sorted_p[keep].sum()
    return out
