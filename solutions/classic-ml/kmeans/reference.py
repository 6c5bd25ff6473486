"""Reference solution: Lloyd's k-means from given initial centroids."""

import numpy as np


def _assign(x, c):
    # Squared distances by broadcasting (N, 1, D) - (1, K, D): exact differences, no cancellation
    # from the ||x||^2 - 2 x.c + ||c||^2 expansion. argmin returns the first (lowest) index on ties.
    d2 = np.sum((x[:, None, :] - c[None, :, :]) ** 2, axis=2)
    return np.argmin(d2, axis=1)


def kmeans(x, init_centroids, n_iter=100):
    """Lloyd's algorithm. x: (N, D); init_centroids: (K, D). Returns (centroids (K, D), labels (N,)).

    Each iteration assigns every point to its nearest centroid (ties -> lower index) and moves
    each centroid to the mean of its points (an empty cluster keeps its centroid). Stops after
    n_iter iterations or as soon as an assignment equals the previous one. The returned labels
    are the nearest-centroid assignment w.r.t. the returned centroids. Inputs are not modified.
    """
    x = np.asarray(x, dtype=np.float64)
    c = np.array(init_centroids, dtype=np.float64)  # a copy: the caller's array is untouched
    k = c.shape[0]
    prev = None
    for _ in range(n_iter):  # the iterations are sequential: the loop is the algorithm
        labels = _assign(x, c)
        if prev is not None and np.array_equal(labels, prev):
            break  # converged: c already holds the means of this very assignment
        counts = np.bincount(labels, minlength=k)
        sums = np.zeros_like(c)
        np.add.at(sums, labels, x)
        nonempty = counts > 0
        c[nonempty] = sums[nonempty] / counts[nonempty, None]
        prev = labels
    return c, _assign(x, c)
