# Wrong: scales the update by alpha instead of alpha / r.
import numpy as np


def lora_forward_merge(x, W, A, B, alpha, r):
    y = x @ W + alpha * ((x @ A) @ B)
    W_merged = W + alpha * (A @ B)
    return y, W_merged
