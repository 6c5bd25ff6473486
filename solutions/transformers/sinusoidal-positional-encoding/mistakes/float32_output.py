# Wrong: builds the table in float32 (the prompt asks for float64; precision is lost for large positions).
import numpy as np


def sinusoidal_positional_encoding(L, d):
    pos = np.arange(L, dtype=np.float32)[:, None]
    j = np.arange(d)
    freqs = (10000.0 ** (-((j // 2) * 2) / d)).astype(np.float32)
    angle = pos * freqs
    return np.where(j % 2 == 0, np.sin(angle), np.cos(angle))
