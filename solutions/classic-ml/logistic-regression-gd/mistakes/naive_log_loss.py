# Wrong: the loss is computed as -y log(p) - (1-y) log(1-p) from the probabilities: p rounds to 0 or 1 for |z| > ~37, giving inf/nan in history.
import numpy as np


def logistic_regression_gd(X, y, lr=0.1, n_iters=100, l2=0.0):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    history = np.zeros(n_iters)
    for k in range(n_iters):
        z = X @ w + b
        p = 1.0 / (1.0 + np.exp(-z))
        history[k] = np.mean(-y * np.log(p) - (1 - y) * np.log(1 - p)) + 0.5 * l2 * (w @ w)
        dw = X.T @ (p - y) / n + l2 * w
        db = np.mean(p - y)
        w = w - lr * dw
        b = b - lr * db
    return w, b, history
