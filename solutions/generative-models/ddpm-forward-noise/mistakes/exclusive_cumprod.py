# Wrong: off-by-one: uses the exclusive product prod_{s<t}(1 - beta_s) (alpha_bar at t = 0 is 1, so x_t = x0).
import numpy as np


def ddpm_forward_noise(x0, t, eps, betas):
    alpha_bar = np.concatenate([[1.0], np.cumprod(1.0 - betas)[:-1]])
    ab = alpha_bar[t]
    shape = (-1,) + (1,) * (x0.ndim - 1)
    x_t = np.sqrt(ab).reshape(shape) * x0 + np.sqrt(1 - ab).reshape(shape) * eps
    return x_t, ab
