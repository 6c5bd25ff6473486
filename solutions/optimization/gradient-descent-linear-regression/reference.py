"""Reference solution: full-batch gradient descent for least-squares linear regression."""

import numpy as np


def gradient_descent_linear_regression(X, y, lr=0.01, n_iters=100):
    """Minimise mean((X @ w + b - y) ** 2) from w = 0, b = 0 with `n_iters` gradient steps.

    Returns (w, b, history): w of shape (D,), b a float, and history of shape (n_iters,) with
    history[k] the loss at the parameters *before* update k. X and y are not modified.
    """
    X = np.asarray(X, dtype=np.float64)  # a copy only if X is not float64 already
    y = np.asarray(y, dtype=np.float64)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    history = np.empty(n_iters)
    for k in range(n_iters):  # the iterations are sequential; everything inside is vectorised
        r = X @ w + b - y  # residuals at the current parameters, shape (N,)
        history[k] = r @ r / n  # the loss before this update
        # Gradients of the MEAN squared error: the square brings down a factor 2 and the mean a
        # 1/N. Both use the same residuals r, i.e. the same (w, b): a simultaneous update.
        dw = (2.0 / n) * (X.T @ r)
        db = (2.0 / n) * np.sum(r)
        w -= lr * dw  # w is our own array, so updating it in place is safe
        b -= lr * db
    return w, float(b), history
