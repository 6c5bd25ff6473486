# Wrong: frequency base^(-i/d) with the pair index i, instead of base^(-2i/d).
import numpy as np


def rope(x, positions=None, base=10000.0):
    L, d = x.shape[-2:]
    pos = np.arange(L) if positions is None else np.asarray(positions, dtype=float)
    angle = pos[:, None] * base ** (-np.arange(d // 2) / d)
    c, s = np.cos(angle), np.sin(angle)
    out = np.empty(x.shape)
    out[..., 0::2] = x[..., 0::2] * c - x[..., 1::2] * s
    out[..., 1::2] = x[..., 0::2] * s + x[..., 1::2] * c
    return out
