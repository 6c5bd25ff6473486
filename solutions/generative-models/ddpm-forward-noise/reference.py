"""Reference solution: DDPM forward (noising) process q(x_t | x_0) in closed form."""

import numpy as np


def ddpm_forward_noise(x0, t, eps, betas):
    """Return (x_t, alpha_bar_t).

    x0, eps: (N, ...); t: (N,) integer timesteps, 0-indexed into betas; betas: (T,).
    alpha_bar[t] = prod_{s=0..t} (1 - betas[s])    (inclusive: alpha_bar[0] = 1 - betas[0])
    x_t = sqrt(alpha_bar_t) * x0 + sqrt(1 - alpha_bar_t) * eps
    """
    alpha_bar = np.cumprod(1.0 - np.asarray(betas, dtype=np.float64))  # (T,), inclusive
    ab = alpha_bar[t]  # (N,) gather
    # Broadcast the per-example scalars over the trailing axes: (N,) -> (N, 1, ..., 1).
    shape = (-1,) + (1,) * (np.ndim(x0) - 1)
    x_t = np.sqrt(ab).reshape(shape) * x0 + np.sqrt(1.0 - ab).reshape(shape) * eps
    return x_t, ab
