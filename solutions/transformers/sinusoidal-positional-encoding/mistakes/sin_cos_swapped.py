# Wrong: cos on even columns and sin on odd columns.
import numpy as np


def sinusoidal_positional_encoding(L, d):
    pos = np.arange(L)[:, None]
    j = np.arange(d)[None, :]
    angle = pos / 10000.0 ** ((j // 2) * 2 / d)
    return np.where(j % 2 == 0, np.cos(angle), np.sin(angle))
