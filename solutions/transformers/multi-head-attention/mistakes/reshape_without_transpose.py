# Wrong: reshapes (B, L, D) straight to (B, H, L, dh) without a transpose, mixing tokens and heads.
import numpy as np


def _attention(q, k, v, mask, scale):
    s = q @ np.swapaxes(k, -1, -2) * scale
    if mask is not None:
        s = np.where(mask, s, -np.inf)
    m = s.max(axis=-1, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)
    e = np.exp(s - m)
    den = e.sum(axis=-1, keepdims=True)
    return (e / np.where(den > 0, den, 1.0)) @ v



def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, mask=None):
    B, L, D = x.shape
    dh = D // n_heads
    split = lambda t: t.reshape(B, n_heads, L, dh)
    heads = _attention(split(x @ Wq), split(x @ Wk), split(x @ Wv), mask, 1.0 / np.sqrt(dh))
    return heads.reshape(B, L, D) @ Wo
