# Wrong: writes the zeros into the caller's array (w must be left unchanged).
import numpy as np


def magnitude_prune(w, sparsity):
    k = int(np.floor(sparsity * w.size))
    idx = np.argsort(np.abs(w), axis=None, kind="stable")[:k]
    w.reshape(-1)[idx] = 0
    return w
