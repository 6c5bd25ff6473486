# Wrong: sizes the cos columns like the sin columns, so it crashes for odd d.
import numpy as np


def sinusoidal_positional_encoding(L, d):
    pe = np.zeros((L, d))
    pos = np.arange(L)[:, None]
    div = np.exp(np.arange(0, d, 2) * (-np.log(10000.0) / d))
    pe[:, 0::2] = np.sin(pos * div)
    pe[:, 1::2] = np.cos(pos * div)
    return pe
