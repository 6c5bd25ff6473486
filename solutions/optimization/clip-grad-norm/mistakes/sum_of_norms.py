# Wrong: uses the sum of the per-tensor norms as the "total norm" instead of sqrt of the sum of squares.
import numpy as np


def clip_grad_norm(grads, max_norm, eps=1e-6):
    total = float(sum(np.linalg.norm(g) for g in grads))
    if total > max_norm:
        scale = max_norm / (total + eps)
        return [g * scale for g in grads], total
    return [g.copy() for g in grads], total
