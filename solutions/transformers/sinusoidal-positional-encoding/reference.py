"""Reference solution: sinusoidal positional encoding of Vaswani et al. (2017)."""

import numpy as np


def sinusoidal_positional_encoding(L, d):
    """(L, d) float64: column j uses angle pos / 10000^(2*(j//2)/d); sin for even j, cos for odd j."""
    pos = np.arange(L, dtype=np.float64)[:, None]                  # (L, 1)
    pair = (np.arange(d) // 2) * 2                                 # 0, 0, 2, 2, 4, 4, ...
    angle = pos / np.power(10000.0, pair / d)                      # (L, d)
    even = (np.arange(d) % 2) == 0
    return np.where(even, np.sin(angle), np.cos(angle))
