"""Reference solution: batch normalisation forward pass in training mode."""

import numpy as np


def batchnorm_forward(x, gamma, beta, eps=1e-5):
    """Normalise each column of x (N, D) with its batch mean and biased batch variance.

    y = gamma * (x - mean) / sqrt(var + eps) + beta, statistics over axis 0 (the batch).
    Keeps the float dtype of x; x, gamma and beta are not modified.
    """
    x = np.asarray(x)
    mu = np.mean(x, axis=0, keepdims=True)          # (1, D)
    xc = x - mu                                     # a new array: x is untouched
    # Two-pass (centred) variance, biased (divide by N) as in the BN paper and PyTorch's
    # training-mode normalisation. E[x^2] - E[x]^2 would cancel catastrophically when the
    # features have a large common offset.
    var = np.mean(xc * xc, axis=0, keepdims=True)   # (1, D)
    xhat = xc / np.sqrt(var + eps)                  # eps inside the square root
    return gamma * xhat + beta
