# Wrong: rotates the half-split pairs (x[i], x[i + d/2]) (HF LLaMA's rotate_half) instead of interleaved (x[2i], x[2i+1]).
import numpy as np


def rope(x, positions=None, base=10000.0):
    L, d = x.shape[-2:]
    pos = np.arange(L) if positions is None else np.asarray(positions, dtype=float)
    inv_freq = base ** (-np.arange(0, d, 2) / d)
    angle = pos[:, None] * inv_freq[None, :]
    angle = np.concatenate([angle, angle], axis=-1)
    x1, x2 = x[..., : d // 2], x[..., d // 2:]
    rotated = np.concatenate([-x2, x1], axis=-1)
    return x * np.cos(angle) + rotated * np.sin(angle)
