# Off by one: keeps only tokens whose cumulative probability is <= p, dropping the token that crosses p.
import numpy as np


def top_p_probs(logits, p):
    x = np.asarray(logits, dtype=np.float64)
    e = np.exp(x - x.max())
    probs = e / e.sum()
    order = np.argsort(-probs, kind="stable")
    csum = np.cumsum(probs[order])
    keep = csum <= p
    keep[0] = True  # always keep the top token
    out = np.zeros_like(probs)
    kept = order[keep]
    out[kept] = probs[kept] / probs[kept].sum()
    return out
