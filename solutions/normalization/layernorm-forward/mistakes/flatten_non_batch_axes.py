# Wrong: normalises over all axes but the first (e.g. over T and D of a (B, T, D) input), not over the last axis.
import numpy as np


def layernorm_forward(x, gamma, beta, eps=1e-5):
    flat = x.reshape(x.shape[0], -1) if x.ndim > 1 else x.reshape(1, -1)
    mu = flat.mean(axis=1, keepdims=True)
    var = flat.var(axis=1, keepdims=True)
    xhat = ((flat - mu) / np.sqrt(var + eps)).reshape(x.shape)
    return gamma * xhat + beta
