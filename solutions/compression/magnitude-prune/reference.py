"""Reference solution: global unstructured magnitude pruning with an exact count."""

import numpy as np


def magnitude_prune(w, sparsity):
    """Zero the floor(sparsity * w.size) entries of smallest |w| (ties: lowest flat index first).

    Returns a new array of w's shape and dtype; `w` is not modified.
    """
    w = np.asarray(w)
    n = w.size
    k = int(np.floor(sparsity * n))
    out = np.array(w, copy=True, order="C")
    if k <= 0:
        return out
    if k >= n:
        out[...] = 0
        return out
    mag = np.abs(w).ravel()
    # The k-th smallest magnitude is the threshold t (O(n) with a partition instead of a sort).
    t = np.partition(mag, k - 1)[k - 1]
    prune = mag < t                      # everything strictly below t goes
    need = k - int(np.count_nonzero(prune))
    tied = np.flatnonzero(mag == t)      # ascending flat indices
    prune[tied[:need]] = True            # ties at t: lowest flat indices first
    out.reshape(-1)[prune] = 0
    return out
