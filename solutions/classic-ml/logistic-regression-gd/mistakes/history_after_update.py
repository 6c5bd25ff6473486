# Wrong: history[k] is recorded after update k instead of before it (history[0] must be the loss at w = 0, b = 0, i.e. log 2).
import numpy as np


def logistic_regression_gd(X, y, lr=0.1, n_iters=100, l2=0.0):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    history = []
    for _ in range(n_iters):
        p = 1.0 / (1.0 + np.exp(-(X @ w + b)))
        w, b = w - lr * (X.T @ (p - y) / n + l2 * w), b - lr * np.mean(p - y)
        z = X @ w + b
        history.append(np.mean(np.logaddexp(0, z) - y * z) + 0.5 * l2 * (w @ w))
    return w, b, np.array(history)
