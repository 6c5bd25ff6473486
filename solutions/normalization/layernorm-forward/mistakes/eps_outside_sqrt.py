# Wrong: divides by std + eps instead of sqrt(var + eps).
import numpy as np


def layernorm_forward(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=-1, keepdims=True)
    std = x.std(axis=-1, keepdims=True)
    return gamma * (x - mu) / (std + eps) + beta
