# Wrong: var = E[x^2] - E[x]^2 cancels catastrophically when features have a large common offset.
import numpy as np


def batchnorm_forward(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=0)
    var = (x * x).mean(axis=0) - mu * mu
    return gamma * (x - mu) / np.sqrt(var + eps) + beta
