# Wrong: treats t as 1-indexed (alpha_bar[t - 1]), so t = 0 wraps around to the last step.
import numpy as np


def ddpm_forward_noise(x0, t, eps, betas):
    alpha_bar = np.cumprod(1.0 - betas)
    ab = alpha_bar[t - 1]
    shape = (-1,) + (1,) * (x0.ndim - 1)
    x_t = np.sqrt(ab).reshape(shape) * x0 + np.sqrt(1 - ab).reshape(shape) * eps
    return x_t, ab
