# Wrong: softmax without the max shift: exp(1e4) overflows to inf and the result is NaN.
import numpy as np


def top_p_probs(logits, p):
    x = np.asarray(logits, dtype=np.float64)
    e = np.exp(x)
    probs = e / e.sum()
    order = np.argsort(-probs, kind="stable")
    csum = np.cumsum(probs[order])
    before = np.concatenate(([0.0], csum[:-1]))
    out = np.zeros_like(probs)
    kept = order[before < p]
    out[kept] = probs[kept] / probs[kept].sum()
    return out
