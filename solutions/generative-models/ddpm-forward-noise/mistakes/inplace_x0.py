# Wrong: scales x0 in place (x0 *= ...), modifying the caller's array.
import numpy as np


def ddpm_forward_noise(x0, t, eps, betas):
    ab = np.cumprod(1.0 - betas)[t]
    shape = (-1,) + (1,) * (x0.ndim - 1)
    x0 *= np.sqrt(ab).reshape(shape)
    x0 += np.sqrt(1 - ab).reshape(shape) * eps
    return x0, ab
