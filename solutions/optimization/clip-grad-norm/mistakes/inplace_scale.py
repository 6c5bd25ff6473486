# Wrong: scales the caller's gradient arrays in place (`g *= scale`), as torch does, but here inputs must not be modified.
import numpy as np


def clip_grad_norm(grads, max_norm, eps=1e-6):
    total = float(np.sqrt(sum(np.sum(g * g) for g in grads)))
    if total > max_norm:
        scale = max_norm / (total + eps)
        for g in grads:
            g *= scale
    return [g.copy() for g in grads], total
