# Wrong: treats the batch mean as a constant, so the -mean(dxhat) term of dx is missing.
import numpy as np


def batchnorm_backward(dout, x, gamma, eps=1e-5):
    mu = x.mean(axis=0)
    var = x.var(axis=0)
    inv_std = 1.0 / np.sqrt(var + eps)
    xhat = (x - mu) * inv_std
    dxhat = dout * gamma
    dx = inv_std * (dxhat - xhat * (dxhat * xhat).mean(axis=0))
    return dx, (dout * xhat).sum(axis=0), dout.sum(axis=0)
