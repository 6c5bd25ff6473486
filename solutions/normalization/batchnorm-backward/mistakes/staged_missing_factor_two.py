# Wrong: staged (computational-graph) backward whose variance step drops the factor 2 of d(xc^2)/dxc.
import numpy as np


def batchnorm_backward(dout, x, gamma, eps=1e-5):
    n = x.shape[0]
    mu = x.mean(axis=0)
    xc = x - mu
    var = (xc ** 2).mean(axis=0)
    std = np.sqrt(var + eps)
    xhat = xc / std
    dbeta = dout.sum(axis=0)
    dgamma = (dout * xhat).sum(axis=0)
    dxhat = dout * gamma
    dxc = dxhat / std
    dstd = -(dxhat * xc).sum(axis=0) / std ** 2
    dvar = dstd * 0.5 / std
    dxc += dvar * xc / n          # should be dvar * 2 * xc / n
    dmu = -dxc.sum(axis=0)
    dx = dxc + dmu / n
    return dx, dgamma, dbeta
