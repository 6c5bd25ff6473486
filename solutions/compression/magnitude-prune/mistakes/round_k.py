# Wrong: k = round(sparsity * size) instead of floor(sparsity * size).
import numpy as np


def magnitude_prune(w, sparsity):
    k = int(round(sparsity * w.size))
    out = w.copy()
    idx = np.argsort(np.abs(w), axis=None, kind="stable")[:k]
    out.reshape(-1)[idx] = 0
    return out
