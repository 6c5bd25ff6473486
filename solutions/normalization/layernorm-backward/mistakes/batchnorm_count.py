# Wrong: copied from a batch-norm backward: divides by x.shape[0] (the batch size) instead of D, the normalised length.
import numpy as np


def layernorm_backward(dout, x, gamma, eps=1e-5):
    n = x.shape[0]
    d = x.shape[-1]
    mu = x.mean(axis=-1, keepdims=True)
    inv_std = 1.0 / np.sqrt(x.var(axis=-1, keepdims=True) + eps)
    xhat = (x - mu) * inv_std
    dxhat = dout * gamma
    dx = inv_std / n * (n * dxhat - dxhat.sum(axis=-1, keepdims=True)
                        - xhat * (dxhat * xhat).sum(axis=-1, keepdims=True))
    return dx, (dout * xhat).reshape(-1, d).sum(axis=0), dout.reshape(-1, d).sum(axis=0)
