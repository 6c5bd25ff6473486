# Wrong: no max shift before exp, so large scores overflow to inf and the output is NaN.
import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    d = q.shape[-1]
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d)
    e = np.exp(scores)
    if mask is not None:
        e = e * mask
    den = e.sum(axis=-1, keepdims=True)
    p = e / np.where(den > 0, den, 1.0)
    return p @ v
