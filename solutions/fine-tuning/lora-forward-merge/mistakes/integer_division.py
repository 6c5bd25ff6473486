# Wrong: alpha // r floors the scale (8 // 16 == 0 switches the adapter off; 8 // 3 == 2).
import numpy as np


def lora_forward_merge(x, W, A, B, alpha, r):
    scale = alpha // r
    y = x @ W + scale * ((x @ A) @ B)
    W_merged = W + scale * (A @ B)
    return y, W_merged
