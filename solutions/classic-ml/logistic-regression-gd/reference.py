"""Reference solution: L2-regularised logistic regression by full-batch gradient descent."""

import numpy as np


def _sigmoid(z):
    # 0.5 * (1 + tanh(z / 2)) equals 1 / (1 + exp(-z)) and never overflows.
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def logistic_regression_gd(X, y, lr=0.1, n_iters=100, l2=0.0):
    """Gradient descent on mean log-loss + (l2 / 2) * ||w||^2 (the bias is not penalised).

    X: (N, D) float; y: (N,) labels in {0, 1}. Returns (w (D,), b float, history (n_iters,))
    where history[k] is the objective before update k. Inputs are not modified.
    """
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    history = np.empty(n_iters)
    for k in range(n_iters):  # the iterations are sequential: the loop is the algorithm
        z = X @ w + b
        # log(1 + e^z) - y z is the log-loss written on the logit; logaddexp never overflows.
        history[k] = np.mean(np.logaddexp(0.0, z) - y * z) + 0.5 * l2 * (w @ w)
        r = _sigmoid(z) - y
        dw = X.T @ r / n + l2 * w
        db = np.mean(r)
        w = w - lr * dw
        b = b - lr * db
    return w, float(b), history
