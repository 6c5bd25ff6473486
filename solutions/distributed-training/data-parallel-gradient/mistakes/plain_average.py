# Wrong: plain average of the shard gradients; with uneven shards the rows of small shards get too much weight.
import numpy as np


def data_parallel_gradient(X, y, w, n_workers):
    grads = []
    for Xk, yk in zip(np.array_split(X, n_workers), np.array_split(y, n_workers)):
        if len(yk) == 0:
            grads.append(np.zeros(X.shape[1]))
            continue
        grads.append(2.0 * Xk.T @ (Xk @ w - yk) / len(yk))
    per_worker = np.array(grads)
    return per_worker.mean(axis=0), per_worker
