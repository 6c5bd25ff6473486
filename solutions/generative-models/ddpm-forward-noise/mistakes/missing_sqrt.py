# Wrong: scales by alpha_bar and (1 - alpha_bar) instead of their square roots (the variance is then not preserved).
import numpy as np


def ddpm_forward_noise(x0, t, eps, betas):
    ab = np.cumprod(1.0 - betas)[t]
    shape = (-1,) + (1,) * (x0.ndim - 1)
    x_t = ab.reshape(shape) * x0 + (1 - ab).reshape(shape) * eps
    return x_t, ab
