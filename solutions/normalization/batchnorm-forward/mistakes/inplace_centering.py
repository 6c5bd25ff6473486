# Wrong: `x -= mu` and `x /= ...` normalise the caller's array in place (inputs must not be modified).
import numpy as np


def batchnorm_forward(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=0)
    x -= mu
    x /= np.sqrt((x * x).mean(axis=0) + eps)
    return gamma * x + beta
