# Wrong: uses the left data value itself as the threshold instead of the midpoint between consecutive distinct values.
import numpy as np


def decision_stump_gini(X, y):
    n, d = X.shape
    classes, yi = np.unique(y, return_inverse=True)
    onehot = np.eye(len(classes))[yi.reshape(-1)]
    total = onehot.sum(0)
    best = (-1, 0.0, 1.0 - np.sum((total / n) ** 2))
    best_g = np.inf
    for f in range(d):
        order = np.argsort(X[:, f], kind="stable")
        xs = X[order, f]
        left = np.cumsum(onehot[order], axis=0)[:-1]
        nl = np.arange(1, n)[:, None]
        g = (nl[:, 0] * (1 - ((left / nl) ** 2).sum(1))
             + (n - nl[:, 0]) * (1 - (((total - left) / (n - nl)) ** 2).sum(1))) / n
        g[xs[:-1] == xs[1:]] = np.inf
        if g.size == 0 or np.all(np.isinf(g)):
            continue
        i = int(np.argmin(g))
        if g[i] < best_g - 1e-12:
            best_g = g[i]
            best = (f, float(xs[i]), float(g[i]))
    return best
