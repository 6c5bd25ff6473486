# Wrong: b's gradient is computed after w has already been updated (not a simultaneous update).
import numpy as np


def logistic_regression_gd(X, y, lr=0.1, n_iters=100, l2=0.0):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    history = np.zeros(n_iters)
    for k in range(n_iters):
        z = X @ w + b
        history[k] = np.mean(np.logaddexp(0, z) - y * z) + 0.5 * l2 * (w @ w)
        p = 1.0 / (1.0 + np.exp(-z))
        w = w - lr * (X.T @ (p - y) / n + l2 * w)
        p = 1.0 / (1.0 + np.exp(-(X @ w + b)))
        b = b - lr * np.mean(p - y)
    return w, b, history
