# Wrong: records the loss AFTER each update, so history[0] is not mean(y**2).
import numpy as np


def gradient_descent_linear_regression(X, y, lr=0.01, n_iters=100):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    history = []
    for _ in range(n_iters):
        r = X @ w + b - y
        w = w - lr * (2 / n) * (X.T @ r)
        b = b - lr * (2 / n) * np.sum(r)
        history.append(np.mean((X @ w + b - y) ** 2))
    return w, b, np.array(history)
