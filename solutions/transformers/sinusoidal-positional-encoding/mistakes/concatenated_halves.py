# Wrong: concatenates [sin | cos] halves (tensor2tensor layout) instead of interleaving sin/cos per pair.
import numpy as np


def sinusoidal_positional_encoding(L, d):
    pos = np.arange(L)[:, None]
    freqs = 1.0 / 10000.0 ** (np.arange(0, d, 2) / d)
    angle = pos * freqs[None, :]
    return np.concatenate([np.sin(angle), np.cos(angle)], axis=1)[:, :d]
