# Wrong: history holds the sum of squared residuals instead of their mean (the loss).
import numpy as np


def gradient_descent_linear_regression(X, y, lr=0.01, n_iters=100):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    history = np.zeros(n_iters)
    for k in range(n_iters):
        r = X @ w + b - y
        history[k] = np.sum(r ** 2)
        w = w - lr * (2 / n) * (X.T @ r)
        b = b - lr * (2 / n) * np.sum(r)
    return w, b, history
