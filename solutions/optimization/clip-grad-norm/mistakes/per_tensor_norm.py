# Wrong: clips each gradient by its own norm (per-tensor) instead of by the global norm over all of them.
import numpy as np


def clip_grad_norm(grads, max_norm, eps=1e-6):
    out = []
    norms = []
    for g in grads:
        n = float(np.linalg.norm(g))
        norms.append(n)
        out.append(g * (max_norm / (n + eps)) if n > max_norm else g.copy())
    return out, float(np.sqrt(sum(n * n for n in norms)))
