# Wrong: writes the rotated pairs back into x in place (and uses the overwritten even entries for the odd ones).
import numpy as np


def rope(x, positions=None, base=10000.0):
    L, d = x.shape[-2:]
    pos = np.arange(L) if positions is None else np.asarray(positions, dtype=float)
    angle = pos[:, None] * base ** (-np.arange(0, d, 2) / d)
    c, s = np.cos(angle), np.sin(angle)
    x[..., 0::2] = x[..., 0::2] * c - x[..., 1::2] * s
    x[..., 1::2] = x[..., 0::2] * s + x[..., 1::2] * c
    return x
