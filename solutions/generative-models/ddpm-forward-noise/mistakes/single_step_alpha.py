# Wrong: uses the one-step alpha_t = 1 - beta_t instead of the cumulative product alpha_bar_t.
import numpy as np


def ddpm_forward_noise(x0, t, eps, betas):
    ab = 1.0 - betas[t]
    shape = (-1,) + (1,) * (x0.ndim - 1)
    x_t = np.sqrt(ab).reshape(shape) * x0 + np.sqrt(1 - ab).reshape(shape) * eps
    return x_t, ab
