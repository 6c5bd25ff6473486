"""Reference solution: clip a list of gradients by their global L2 norm (PyTorch convention)."""

import numpy as np


def clip_grad_norm(grads, max_norm, eps=1e-6):
    """Return (clipped, total_norm): a list of new arrays and the pre-clipping global norm.

    total_norm = sqrt(sum over all arrays of sum(g**2)).
    If total_norm > max_norm every array is multiplied by max_norm / (total_norm + eps);
    otherwise the arrays are returned unchanged (as copies). The inputs are not modified.
    """
    arrays = [np.asarray(g) for g in grads]
    total_sq = sum(float(np.vdot(g.ravel(), g.ravel())) for g in arrays)
    total_norm = float(np.sqrt(total_sq))
    if total_norm > max_norm:
        scale = max_norm / (total_norm + eps)
        return [g * scale for g in arrays], total_norm
    return [g.copy() for g in arrays], total_norm
