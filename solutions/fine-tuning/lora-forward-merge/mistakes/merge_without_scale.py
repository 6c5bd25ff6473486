# Wrong: the forward pass is scaled but the merged weight forgets alpha / r (y != x @ W_merged).
import numpy as np


def lora_forward_merge(x, W, A, B, alpha, r):
    scale = alpha / r
    y = x @ W + scale * (x @ A) @ B
    W_merged = W + A @ B
    return y, W_merged
