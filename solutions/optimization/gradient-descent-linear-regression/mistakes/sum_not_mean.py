# Wrong: the gradient of the SUM of squares (no 1/N), not of the mean the loss is defined with.
import numpy as np


def gradient_descent_linear_regression(X, y, lr=0.01, n_iters=100):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    history = np.empty(n_iters)
    for k in range(n_iters):
        r = X @ w + b - y
        history[k] = np.mean(r ** 2)
        dw = 2 * X.T @ r
        db = 2 * np.sum(r)
        w = w - lr * dw
        b = b - lr * db
    return w, b, history
