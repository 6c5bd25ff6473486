# Wrong: counts the first assignment as an iteration without updating, so only n_iter - 1 centroid updates run.
import numpy as np


def kmeans(x, init_centroids, n_iter=100):
    c = np.array(init_centroids, dtype=np.float64)
    labels = ((x[:, None, :] - c[None]) ** 2).sum(-1).argmin(1)
    for _ in range(n_iter - 1):
        for j in range(len(c)):
            if np.any(labels == j):
                c[j] = x[labels == j].mean(axis=0)
        new = ((x[:, None, :] - c[None]) ** 2).sum(-1).argmin(1)
        if np.array_equal(new, labels):
            break
        labels = new
    return c, ((x[:, None, :] - c[None]) ** 2).sum(-1).argmin(1)
