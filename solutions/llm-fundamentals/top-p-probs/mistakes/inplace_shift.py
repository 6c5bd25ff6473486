# Wrong: `logits -= logits.max()` shifts the caller's array in place (inputs must not be modified).
import numpy as np


def top_p_probs(logits, p):
    logits -= np.max(logits)
    probs = np.exp(logits)
    probs /= probs.sum()
    order = np.argsort(-probs, kind="stable")
    csum = np.cumsum(probs[order])
    before = np.concatenate(([0.0], csum[:-1]))
    out = np.zeros_like(probs)
    kept = order[before < p]
    out[kept] = probs[kept] / probs[kept].sum()
    return out
