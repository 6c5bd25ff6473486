# Wrong: ranks by the signed value w instead of |w|, so large negative weights are pruned first.
import numpy as np


def magnitude_prune(w, sparsity):
    k = int(np.floor(sparsity * w.size))
    out = w.copy()
    idx = np.argsort(w, axis=None, kind="stable")[:k]
    out.reshape(-1)[idx] = 0
    return out
