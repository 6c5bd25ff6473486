# Wrong: multiplies the (N,) alpha_bar into x0 without reshaping, which broadcasts it along the LAST axis (silently wrong when that axis has size N).
import numpy as np


def ddpm_forward_noise(x0, t, eps, betas):
    ab = np.cumprod(1.0 - betas)[t]
    x_t = np.sqrt(ab) * x0 + np.sqrt(1 - ab) * eps
    return x_t, ab
