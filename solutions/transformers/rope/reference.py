"""Reference solution: rotary position embedding (RoFormer, interleaved pairs)."""

import numpy as np


def rope(x, positions=None, base=10000.0):
    """Rotate pairs (x[..., 2i], x[..., 2i+1]) of x (..., L, d) by angle pos * base^(-2i/d)."""
    x = np.asarray(x, dtype=np.float64)
    L, d = x.shape[-2], x.shape[-1]
    pos = np.arange(L, dtype=np.float64) if positions is None else np.asarray(positions, dtype=np.float64)
    inv_freq = np.power(float(base), -np.arange(0, d, 2, dtype=np.float64) / d)   # (d/2,)
    angle = pos[:, None] * inv_freq[None, :]                                       # (L, d/2)
    cos, sin = np.cos(angle), np.sin(angle)
    x_even, x_odd = x[..., 0::2], x[..., 1::2]                                     # (..., L, d/2)
    out = np.empty(x.shape, dtype=np.float64)
    out[..., 0::2] = x_even * cos - x_odd * sin
    out[..., 1::2] = x_even * sin + x_odd * cos
    return out
