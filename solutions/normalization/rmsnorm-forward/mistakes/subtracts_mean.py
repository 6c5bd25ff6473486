# Wrong: centres x first (this is LayerNorm without beta); RMSNorm does not subtract the mean.
import numpy as np


def rmsnorm_forward(x, gamma, eps=1e-6):
    xc = x - x.mean(axis=-1, keepdims=True)
    return xc / np.sqrt(np.mean(xc ** 2, axis=-1, keepdims=True) + eps) * gamma
