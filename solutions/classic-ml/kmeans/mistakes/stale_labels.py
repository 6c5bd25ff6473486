# Wrong: returns the assignment used for the last centroid update, not the assignment to the returned centroids.
import numpy as np


def kmeans(x, init_centroids, n_iter=100):
    c = init_centroids.astype(np.float64)
    labels = np.zeros(len(x), dtype=np.int64)
    for it in range(n_iter):
        d = ((x[:, None, :] - c[None]) ** 2).sum(-1)
        new = d.argmin(1)
        if it > 0 and (new == labels).all():
            break
        labels = new
        for j in range(len(c)):
            if np.any(labels == j):
                c[j] = x[labels == j].mean(axis=0)
    if n_iter == 0:
        labels = ((x[:, None, :] - c[None]) ** 2).sum(-1).argmin(1)
    return c, labels
