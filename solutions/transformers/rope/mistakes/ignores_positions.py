# Wrong: always uses positions 0..L-1, ignoring the `positions` argument (breaks KV-cache decoding).
import numpy as np


def rope(x, positions=None, base=10000.0):
    L, d = x.shape[-2:]
    angle = np.arange(L)[:, None] * base ** (-np.arange(0, d, 2) / d)
    c, s = np.cos(angle), np.sin(angle)
    out = np.empty(x.shape)
    out[..., 0::2] = x[..., 0::2] * c - x[..., 1::2] * s
    out[..., 1::2] = x[..., 0::2] * s + x[..., 1::2] * c
    return out
