# Wrong: returns the norm AFTER clipping (about max_norm) instead of the original total norm.
import numpy as np


def clip_grad_norm(grads, max_norm, eps=1e-6):
    total = float(np.sqrt(sum(np.sum(g * g) for g in grads)))
    if total > max_norm:
        grads = [g * (max_norm / (total + eps)) for g in grads]
    else:
        grads = [g.copy() for g in grads]
    return grads, float(np.sqrt(sum(np.sum(g * g) for g in grads)))
