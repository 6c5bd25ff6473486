# Wrong: the mean square is reduced without keepdims=True, so it broadcasts against the wrong axis (or crashes).
import numpy as np


def rmsnorm_forward(x, gamma, eps=1e-6):
    ms = np.mean(x * x, axis=-1)
    return x / np.sqrt(ms + eps) * gamma
