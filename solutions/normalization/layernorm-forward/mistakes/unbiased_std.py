# Wrong: uses the unbiased variance (ddof=1, like torch.std's default); layer norm divides by D.
import numpy as np


def layernorm_forward(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=-1, keepdims=True)
    d = x.shape[-1]
    var = ((x - mu) ** 2).sum(axis=-1, keepdims=True) / max(d - 1, 1)
    return gamma * (x - mu) / np.sqrt(var + eps) + beta
