# Wrong: reductions without keepdims=True broadcast the statistics along the wrong axis (or crash).
import numpy as np


def layernorm_forward(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=-1)
    var = x.var(axis=-1)
    return gamma * (x - mu) / np.sqrt(var + eps) + beta
