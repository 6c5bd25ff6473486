# Wrong: an empty shard divides 0 by 0, and its NaN gradient poisons the weighted sum.
import numpy as np


def data_parallel_gradient(X, y, w, n_workers):
    B = X.shape[0]
    Xs, ys = np.array_split(X, n_workers), np.array_split(y, n_workers)
    with np.errstate(invalid="ignore", divide="ignore"):
        per_worker = np.array([2.0 * Xk.T @ (Xk @ w - yk) / len(yk) for Xk, yk in zip(Xs, ys)])
    sizes = np.array([len(yk) for yk in ys])
    return (sizes[:, None] * per_worker).sum(axis=0) / B, per_worker
