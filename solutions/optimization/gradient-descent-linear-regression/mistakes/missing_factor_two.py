# Wrong: drops the factor 2 from the derivative of the square (dw = X^T r / N).
import numpy as np


def gradient_descent_linear_regression(X, y, lr=0.01, n_iters=100):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    history = np.empty(n_iters)
    for k in range(n_iters):
        r = X @ w + b - y
        history[k] = np.mean(r ** 2)
        dw = X.T @ r / n
        db = np.mean(r)
        w = w - lr * dw
        b = b - lr * db
    return w, b, history
