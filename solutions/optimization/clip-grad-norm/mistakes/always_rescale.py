# Wrong: rescales unconditionally, so gradients whose norm is below max_norm are scaled UP to max_norm.
import numpy as np


def clip_grad_norm(grads, max_norm, eps=1e-6):
    total = float(np.sqrt(sum(np.sum(g * g) for g in grads)))
    scale = max_norm / (total + eps)
    return [g * scale for g in grads], total
