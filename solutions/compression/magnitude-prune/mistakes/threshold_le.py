# Wrong: zeroes every |w| <= threshold, so ties at the threshold prune more than k entries.
import numpy as np


def magnitude_prune(w, sparsity):
    k = int(np.floor(sparsity * w.size))
    out = w.copy()
    if k == 0:
        return out
    t = np.sort(np.abs(w), axis=None)[k - 1]
    out[np.abs(w) <= t] = 0
    return out
