# Wrong: clips each entry to [-max_norm, max_norm] (clip by value), which also changes the gradient's direction.
import numpy as np


def clip_grad_norm(grads, max_norm, eps=1e-6):
    total = float(np.sqrt(sum(np.sum(g * g) for g in grads)))
    return [np.clip(g, -max_norm, max_norm) for g in grads], total
