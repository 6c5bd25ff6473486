# Wrong: takes the softmax over all tokens and then zeroes the filtered ones without renormalising.
import numpy as np


def temperature_top_k_probs(logits, temperature=1.0, k=None):
    x = np.asarray(logits, dtype=np.float64)
    z = x / temperature
    z = z - z.max(axis=-1, keepdims=True)
    p = np.exp(z)
    p = p / p.sum(axis=-1, keepdims=True)
    if k is not None and k < x.shape[-1]:
        kth = np.sort(x, axis=-1)[..., -k][..., None]
        p = np.where(x >= kth, p, 0.0)
    return p
