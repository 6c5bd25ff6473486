"""Reference solution: RMSNorm over the last axis (as in LLaMA), any rank."""

import numpy as np


def rmsnorm_forward(x, gamma, eps=1e-6):
    """y = x / sqrt(mean(x**2, axis=-1, keepdims=True) + eps) * gamma.

    x: (..., D); gamma: (D,). No mean subtraction and no bias. Keeps the float dtype of x;
    inputs are not modified.
    """
    x = np.asarray(x)
    ms = np.mean(x * x, axis=-1, keepdims=True)   # (..., 1): mean square per vector
    return x / np.sqrt(ms + eps) * gamma         # eps inside the square root
