"""Reference solution: gradients of masked scaled dot-product attention."""

import numpy as np


def _weights(q, k, mask):
    """Attention weights P (..., Lq, Lk); fully masked rows are all zeros."""
    s = (q @ np.swapaxes(k, -1, -2)) / np.sqrt(q.shape[-1])
    if mask is not None:
        s = np.where(np.asarray(mask, dtype=bool), s, -np.inf)
    m = np.max(s, axis=-1, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)
    e = np.exp(s - m)
    den = np.sum(e, axis=-1, keepdims=True)
    return e / np.where(den > 0, den, 1.0)


def attention_forward(q, k, v, mask=None):
    """The forward pass the gradients belong to: softmax(q k^T / sqrt(d)) v."""
    return _weights(q, k, mask) @ v


def attention_backward(dout, q, k, v, mask=None):
    """(dq, dk, dv) of sum(dout * attention_forward(q, k, v, mask))."""
    dout, q, k, v = (np.asarray(a) for a in (dout, q, k, v))
    scale = 1.0 / np.sqrt(q.shape[-1])
    p = _weights(q, k, mask)                              # (..., Lq, Lk)
    dv = np.swapaxes(p, -1, -2) @ dout                    # (..., Lk, dv)
    dp = dout @ np.swapaxes(v, -1, -2)                    # (..., Lq, Lk)
    # Softmax backward row by row: dS = P * (dP - sum_j dP_j P_j). Masked entries have P = 0,
    # so they get no gradient, and a fully masked row (P = 0) gives dS = 0.
    ds = p * (dp - np.sum(dp * p, axis=-1, keepdims=True))
    dq = (ds @ k) * scale                                 # (..., Lq, d)
    dk = (np.swapaxes(ds, -1, -2) @ q) * scale            # (..., Lk, d)
    return dq, dk, dv
