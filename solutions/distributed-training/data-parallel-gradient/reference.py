import numpy as np


def data_parallel_gradient(X, y, w, n_workers):
    """Data-parallel gradient of the mean squared error L(w) = mean((X @ w - y) ** 2).

    X: (B, D), y: (B,), w: (D,), n_workers >= 1. Inputs are not modified.
    Shards: np.array_split along the batch axis (the first B % n_workers shards get one more row).
    Returns (combined_grad (D,), per_worker_grads (n_workers, D)); an empty shard's gradient is 0.
    """
    B, D = X.shape
    bounds = np.concatenate(([0], np.cumsum([len(s) for s in np.array_split(np.arange(B), n_workers)])))
    per_worker = np.zeros((n_workers, D))
    for k in range(n_workers):
        Xk, yk = X[bounds[k]:bounds[k + 1]], y[bounds[k]:bounds[k + 1]]
        if len(yk):
            per_worker[k] = 2.0 / len(yk) * (Xk.T @ (Xk @ w - yk))
    sizes = np.diff(bounds)
    combined = (sizes / B) @ per_worker  # weight each shard mean by its share of the batch
    return combined, per_worker
