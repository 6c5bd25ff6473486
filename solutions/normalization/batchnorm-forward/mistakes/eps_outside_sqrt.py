# Wrong: adds eps to the standard deviation, sqrt(var) + eps, instead of inside the square root.
import numpy as np


def batchnorm_forward(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=0)
    std = np.sqrt(((x - mu) ** 2).mean(axis=0))
    return gamma * (x - mu) / (std + eps) + beta
