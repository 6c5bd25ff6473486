# Wrong: history adds l2 * ||w||^2 instead of (l2 / 2) * ||w||^2, so it is not the objective whose gradient is used.
import numpy as np


def logistic_regression_gd(X, y, lr=0.1, n_iters=100, l2=0.0):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    history = np.zeros(n_iters)
    for k in range(n_iters):
        z = X @ w + b
        history[k] = np.mean(np.logaddexp(0, z) - y * z) + l2 * np.sum(w ** 2)
        p = 1.0 / (1.0 + np.exp(-z))
        dw = X.T @ (p - y) / n + l2 * w
        db = np.mean(p - y)
        w = w - lr * dw
        b = b - lr * db
    return w, b, history
