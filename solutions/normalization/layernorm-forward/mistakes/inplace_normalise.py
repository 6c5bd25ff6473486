# Wrong: normalises the caller's array in place (x -= mean, x /= std); inputs must not be modified.
import numpy as np


def layernorm_forward(x, gamma, beta, eps=1e-5):
    x -= x.mean(axis=-1, keepdims=True)
    x /= np.sqrt((x * x).mean(axis=-1, keepdims=True) + eps)
    x *= gamma
    x += beta
    return x
