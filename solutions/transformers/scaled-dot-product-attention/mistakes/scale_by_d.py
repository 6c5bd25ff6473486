# Wrong: divides the scores by d instead of sqrt(d).
import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    d = q.shape[-1]
    scores = q @ np.swapaxes(k, -1, -2) / d
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    m = scores.max(axis=-1, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)
    e = np.exp(scores - m)
    den = e.sum(axis=-1, keepdims=True)
    return (e / np.where(den > 0, den, 1.0)) @ v
