# Wrong: the bias is penalised too (db gets + l2 * b and the loss + l2/2 * b^2); only w is regularised.
import numpy as np


def logistic_regression_gd(X, y, lr=0.1, n_iters=100, l2=0.0):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    history = np.zeros(n_iters)
    for k in range(n_iters):
        z = X @ w + b
        history[k] = np.mean(np.logaddexp(0, z) - y * z) + 0.5 * l2 * (w @ w + b * b)
        p = 1.0 / (1.0 + np.exp(-z))
        dw = X.T @ (p - y) / n + l2 * w
        db = np.mean(p - y) + l2 * b
        w = w - lr * dw
        b = b - lr * db
    return w, b, history
