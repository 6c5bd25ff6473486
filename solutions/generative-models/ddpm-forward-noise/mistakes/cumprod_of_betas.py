# Wrong: takes the cumulative product of the betas instead of the alphas = 1 - betas.
import numpy as np


def ddpm_forward_noise(x0, t, eps, betas):
    alpha_bar = np.cumprod(betas)
    ab = alpha_bar[t]
    shape = (-1,) + (1,) * (x0.ndim - 1)
    x_t = np.sqrt(ab).reshape(shape) * x0 + np.sqrt(1 - ab).reshape(shape) * eps
    return x_t, ab
