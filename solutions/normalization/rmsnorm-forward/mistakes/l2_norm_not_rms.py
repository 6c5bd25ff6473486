# Wrong: divides by the L2 norm (sum of squares) instead of the root MEAN square, so the output is 1/sqrt(D) too small.
import numpy as np


def rmsnorm_forward(x, gamma, eps=1e-6):
    norm = np.sqrt(np.sum(x * x, axis=-1, keepdims=True) + eps)
    return x / norm * gamma
