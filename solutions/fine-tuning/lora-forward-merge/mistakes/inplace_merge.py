# Wrong: `W += ...` merges into the caller's base weight in place (the input must not change).
import numpy as np


def lora_forward_merge(x, W, A, B, alpha, r):
    scale = alpha / r
    y = x @ W + scale * ((x @ A) @ B)
    W += scale * (A @ B)
    return y, W
