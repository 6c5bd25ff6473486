# Wrong: divides by rms + eps instead of sqrt(mean(x**2) + eps); differs whenever mean(x**2) is comparable to eps.
import numpy as np


def rmsnorm_forward(x, gamma, eps=1e-6):
    rms = np.sqrt(np.mean(x ** 2, axis=-1, keepdims=True))
    return x / (rms + eps) * gamma
