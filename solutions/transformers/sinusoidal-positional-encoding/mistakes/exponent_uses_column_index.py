# Wrong: uses the column index j in the exponent (10000^(j/d)) instead of the pair index 2i = 2*(j//2).
import numpy as np


def sinusoidal_positional_encoding(L, d):
    pos = np.arange(L)[:, None]
    j = np.arange(d)[None, :]
    angle = pos / 10000.0 ** (j / d)
    return np.where(j % 2 == 0, np.sin(angle), np.cos(angle))
