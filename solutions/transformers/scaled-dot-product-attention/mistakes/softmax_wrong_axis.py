# Wrong: softmax over the query axis (-2) instead of the key axis (-1).
import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    d = q.shape[-1]
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    m = scores.max(axis=-2, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)
    e = np.exp(scores - m)
    den = e.sum(axis=-2, keepdims=True)
    return (e / np.where(den > 0, den, 1.0)) @ v
