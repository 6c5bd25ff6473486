# Wrong: `c = init_centroids` is not a copy, so the caller's initial centroids are overwritten.
import numpy as np


def kmeans(x, init_centroids, n_iter=100):
    c = init_centroids
    prev = None
    for _ in range(n_iter):
        labels = ((x[:, None, :] - c[None]) ** 2).sum(-1).argmin(1)
        if prev is not None and np.array_equal(labels, prev):
            break
        for j in range(len(c)):
            if np.any(labels == j):
                c[j] = x[labels == j].mean(axis=0)
        prev = labels
    return c, ((x[:, None, :] - c[None]) ** 2).sum(-1).argmin(1)
