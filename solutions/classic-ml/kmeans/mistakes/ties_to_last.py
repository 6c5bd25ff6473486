# Wrong: scanning centroids with `<=` sends a distance tie to the higher index (ties must go to the lower index).
import numpy as np


def _assign(x, c):
    best = np.full(len(x), np.inf)
    labels = np.zeros(len(x), dtype=np.int64)
    for j in range(len(c)):
        d = ((x - c[j]) ** 2).sum(axis=1)
        closer = d <= best
        best[closer] = d[closer]
        labels[closer] = j
    return labels


def kmeans(x, init_centroids, n_iter=100):
    c = init_centroids.astype(np.float64)
    prev = None
    for _ in range(n_iter):
        labels = _assign(x, c)
        if prev is not None and np.array_equal(labels, prev):
            break
        for j in range(len(c)):
            if np.any(labels == j):
                c[j] = x[labels == j].mean(axis=0)
        prev = labels
    return c, _assign(x, c)
