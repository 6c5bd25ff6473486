# Wrong: shards rows round-robin (X[k::n]) instead of np.array_split's contiguous blocks, so per-worker gradients differ.
import numpy as np


def data_parallel_gradient(X, y, w, n_workers):
    B, D = X.shape
    per_worker = np.zeros((n_workers, D))
    sizes = np.zeros(n_workers)
    for k in range(n_workers):
        Xk, yk = X[k::n_workers], y[k::n_workers]
        sizes[k] = len(yk)
        if len(yk):
            per_worker[k] = 2.0 * Xk.T @ (Xk @ w - yk) / len(yk)
    return sizes @ per_worker / B, per_worker
