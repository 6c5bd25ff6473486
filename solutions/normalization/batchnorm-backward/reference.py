"""Reference solution: batch normalisation backward pass (training mode)."""

import numpy as np


def batchnorm_forward(x, gamma, beta, eps=1e-5):
    """The forward pass the gradients belong to (used by the hidden suite's gradient checks)."""
    mu = np.mean(x, axis=0)
    xc = x - mu
    var = np.mean(xc * xc, axis=0)  # biased batch variance
    return gamma * xc / np.sqrt(var + eps) + beta


def batchnorm_backward(dout, x, gamma, eps=1e-5):
    """Gradients of sum(dout * batchnorm_forward(x, gamma, beta, eps)).

    dout, x: (N, D); gamma: (D,). Returns (dx (N, D), dgamma (D,), dbeta (D,)).
    """
    # Recompute what the forward pass would have cached.
    mu = np.mean(x, axis=0)
    xc = x - mu
    var = np.mean(xc * xc, axis=0)
    inv_std = 1.0 / np.sqrt(var + eps)              # (D,)
    xhat = xc * inv_std                             # (N, D)

    dbeta = np.sum(dout, axis=0)                    # y = gamma * xhat + beta
    dgamma = np.sum(dout * xhat, axis=0)
    dxhat = dout * gamma
    # Both the mean and the variance depend on every x[n, d] in the column, so the gradient
    # has three terms: the direct path, the path through the mean (removes the column mean of
    # dxhat) and the path through the variance (removes the projection on xhat):
    #   dx = inv_std * (dxhat - mean(dxhat) - xhat * mean(dxhat * xhat))
    dx = inv_std * (dxhat - np.mean(dxhat, axis=0) - xhat * np.mean(dxhat * xhat, axis=0))
    return dx, dgamma, dbeta
