"""Reference solution: multi-head self-attention without biases."""

import numpy as np


def _attention(q, k, v, mask):
    s = (q @ np.swapaxes(k, -1, -2)) / np.sqrt(q.shape[-1])   # (B, H, L, L)
    if mask is not None:
        s = np.where(np.asarray(mask, dtype=bool), s, -np.inf)
    m = np.max(s, axis=-1, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)                       # fully masked rows
    e = np.exp(s - m)
    den = np.sum(e, axis=-1, keepdims=True)
    return (e / np.where(den > 0, den, 1.0)) @ v


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, mask=None):
    """x (B, L, D) -> (B, L, D); head h owns columns h*dh:(h+1)*dh of x @ W{q,k,v}."""
    x = np.asarray(x)
    B, L, D = x.shape
    dh = D // n_heads

    def split(t):  # (B, L, D) -> (B, H, L, dh): column block h becomes head h
        return t.reshape(B, L, n_heads, dh).transpose(0, 2, 1, 3)

    q, k, v = split(x @ Wq), split(x @ Wk), split(x @ Wv)
    heads = _attention(q, k, v, mask)                          # (B, H, L, dh)
    concat = heads.transpose(0, 2, 1, 3).reshape(B, L, D)      # head h back to columns h*dh:...
    return concat @ Wo
