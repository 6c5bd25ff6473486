"""Reference solution: layer normalisation backward pass over the last axis, any rank."""

import numpy as np


def layernorm_forward(x, gamma, beta, eps=1e-5):
    """The forward pass the gradients belong to (used by the hidden suite's gradient checks)."""
    mu = np.mean(x, axis=-1, keepdims=True)
    xc = x - mu
    var = np.mean(xc * xc, axis=-1, keepdims=True)
    return gamma * xc / np.sqrt(var + eps) + beta


def layernorm_backward(dout, x, gamma, eps=1e-5):
    """Gradients of sum(dout * layernorm_forward(x, gamma, beta, eps)).

    dout, x: (..., D); gamma: (D,). Returns dx (shaped like x), dgamma (D,) and dbeta (D,),
    the parameter gradients summed over every leading axis.
    """
    d = x.shape[-1]
    mu = np.mean(x, axis=-1, keepdims=True)
    xc = x - mu
    var = np.mean(xc * xc, axis=-1, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps)              # (..., 1)
    xhat = xc * inv_std

    # gamma and beta are shared by every vector: sum their gradients over all leading axes.
    dbeta = dout.reshape(-1, d).sum(axis=0)
    dgamma = (dout * xhat).reshape(-1, d).sum(axis=0)
    # Same algebra as batch norm, with the statistics taken along the last axis:
    #   dx = inv_std * (dxhat - mean(dxhat) - xhat * mean(dxhat * xhat))
    dxhat = dout * gamma
    dx = inv_std * (dxhat - np.mean(dxhat, axis=-1, keepdims=True)
                    - xhat * np.mean(dxhat * xhat, axis=-1, keepdims=True))
    return dx, dgamma, dbeta
