"""Reference solution: the best single-feature threshold split by weighted Gini impurity."""

import numpy as np

TIE_TOL = 1e-12


def _gini_from_counts(counts, n):
    # counts: (..., C) class counts of a node with n samples (n > 0): 1 - sum_c (n_c / n)^2.
    return 1.0 - np.sum(counts.astype(np.float64) ** 2, axis=-1) / n.astype(np.float64) ** 2


def decision_stump_gini(X, y):
    """X: (N, D) float; y: (N,) int labels. Returns (feature, threshold, gini).

    Split rule x[:, f] <= t; candidate thresholds are midpoints between consecutive distinct
    sorted values of each feature; gini is the size-weighted Gini impurity of the two children.
    Ties (within 1e-12): smallest feature, then smallest threshold. With no possible split
    (every feature constant) returns (-1, 0.0, gini of the parent). Inputs are not modified.
    """
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    n, d = X.shape
    _, y_idx = np.unique(y, return_inverse=True)
    y_idx = y_idx.reshape(-1)
    n_classes = int(y_idx.max()) + 1
    onehot = np.zeros((n, n_classes), dtype=np.int64)
    onehot[np.arange(n), y_idx] = 1
    total = onehot.sum(axis=0)
    parent = float(_gini_from_counts(total, np.array(n)))

    feats, thresholds, ginis = [], [], []
    for f in range(d):  # one vectorised pass per feature
        order = np.argsort(X[:, f], kind="stable")
        xs = X[order, f]
        left = np.cumsum(onehot[order], axis=0)[:-1]  # counts of the first i+1 sorted samples
        valid = xs[:-1] < xs[1:]  # can only split between distinct values
        if not valid.any():
            continue
        left = left[valid]
        n_left = np.arange(1, n)[valid]
        n_right = n - n_left
        g = (n_left * _gini_from_counts(left, n_left)
             + n_right * _gini_from_counts(total - left, n_right)) / n
        feats.append(np.full(g.shape, f))
        thresholds.append((xs[:-1][valid] + xs[1:][valid]) / 2.0)
        ginis.append(g)
    if not ginis:
        return -1, 0.0, parent
    feats, thresholds, ginis = (np.concatenate(a) for a in (feats, thresholds, ginis))
    # Candidates are already ordered by (feature, threshold): take the first near-minimal one.
    best = int(np.argmax(ginis <= ginis.min() + TIE_TOL))
    return int(feats[best]), float(thresholds[best]), float(ginis[best])
