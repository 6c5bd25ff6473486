# Wrong: each worker divides by the global batch size B, so per-worker gradients are not shard means.
import numpy as np


def data_parallel_gradient(X, y, w, n_workers):
    B = X.shape[0]
    per_worker = np.array([2.0 * Xk.T @ (Xk @ w - yk) / B
                           for Xk, yk in zip(np.array_split(X, n_workers),
                                             np.array_split(y, n_workers))])
    return per_worker.sum(axis=0), per_worker
