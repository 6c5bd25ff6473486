# Wrong: the default (quicksort) argsort is not stable, so ties at the threshold are not broken by flat index.
import numpy as np


def magnitude_prune(w, sparsity):
    k = int(np.floor(sparsity * w.size))
    out = w.copy()
    idx = np.argsort(np.abs(w), axis=None)[:k]
    out.reshape(-1)[idx] = 0
    return out
