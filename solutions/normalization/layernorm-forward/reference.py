"""Reference solution: layer normalisation over the last axis, any rank."""

import numpy as np


def layernorm_forward(x, gamma, beta, eps=1e-5):
    """Normalise every vector x[..., :] with its own mean and biased variance.

    x: (..., D); gamma, beta: (D,). Returns gamma * (x - mean) / sqrt(var + eps) + beta with
    the statistics over the last axis. Keeps the float dtype of x; inputs are not modified.
    """
    x = np.asarray(x)
    mu = np.mean(x, axis=-1, keepdims=True)          # (..., 1): broadcasts for any rank
    xc = x - mu
    var = np.mean(xc * xc, axis=-1, keepdims=True)   # biased, centred (two-pass)
    return gamma * (xc / np.sqrt(var + eps)) + beta  # gamma, beta broadcast on the last axis
