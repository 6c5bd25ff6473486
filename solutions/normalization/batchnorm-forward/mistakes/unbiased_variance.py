# Wrong: normalises with the unbiased variance (ddof=1); training-mode BN uses the biased one (divide by N).
import numpy as np


def batchnorm_forward(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=0)
    var = x.var(axis=0, ddof=1)
    return gamma * (x - mu) / np.sqrt(var + eps) + beta
