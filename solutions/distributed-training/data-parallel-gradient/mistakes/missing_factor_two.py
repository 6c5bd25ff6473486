# Wrong: drops the factor 2 of d/dw (Xw - y)^2 (the gradient of the 1/2-scaled loss, not of the MSE).
import numpy as np


def data_parallel_gradient(X, y, w, n_workers):
    B, D = X.shape
    per_worker = np.zeros((n_workers, D))
    sizes = np.zeros(n_workers)
    for k, (Xk, yk) in enumerate(zip(np.array_split(X, n_workers), np.array_split(y, n_workers))):
        sizes[k] = len(yk)
        if len(yk):
            per_worker[k] = Xk.T @ (Xk @ w - yk) / len(yk)
    return sizes @ per_worker / B, per_worker
