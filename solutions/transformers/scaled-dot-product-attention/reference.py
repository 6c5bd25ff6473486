"""Reference solution: masked, numerically stable scaled dot-product attention."""

import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    """softmax(q k^T / sqrt(d)) v over the last two axes; fully masked rows give zeros."""
    q, k, v = np.asarray(q), np.asarray(k), np.asarray(v)
    d = q.shape[-1]
    scores = (q @ np.swapaxes(k, -1, -2)) / np.sqrt(d)  # (..., Lq, Lk), a new array
    if mask is not None:
        # -inf before the softmax: exp(-inf) = 0 exactly, so masked keys get weight 0.
        scores = np.where(np.asarray(mask, dtype=bool), scores, -np.inf)
    m = np.max(scores, axis=-1, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)  # a fully masked row has max -inf: shift by 0 instead
    e = np.exp(scores - m)  # every exponent <= 0: no overflow; masked entries are exactly 0
    den = np.sum(e, axis=-1, keepdims=True)  # >= 1 for a row with any allowed key, else 0
    p = e / np.where(den > 0, den, 1.0)  # fully masked row: all-zero weights, not 0/0 = NaN
    return p @ v
