# Wrong: an empty cluster's centroid becomes the mean of no points (nan) instead of keeping its previous value.
import numpy as np


def kmeans(x, init_centroids, n_iter=100):
    c = init_centroids.astype(np.float64)
    labels = None
    for _ in range(n_iter):
        d = ((x[:, None, :] - c[None]) ** 2).sum(-1)
        new = d.argmin(1)
        if labels is not None and (new == labels).all():
            break
        labels = new
        with np.errstate(all="ignore"):
            c = np.array([x[labels == j].mean(axis=0) for j in range(len(c))])
    d = ((x[:, None, :] - c[None]) ** 2).sum(-1)
    return c, d.argmin(1)
