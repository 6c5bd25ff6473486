"""Reference solution: ridge regression in closed form with an unpenalised intercept."""

import numpy as np


def ridge_closed_form(X, y, lam, fit_intercept=True):
    """Minimise ||y - X w - b||^2 + lam ||w||^2; returns (w (D,), b float). Inputs untouched.

    With an intercept, centring X and y removes b from the problem (the optimal b makes the
    residuals sum to zero), so only w is penalised; b is recovered as mean(y) - mean(X) @ w.
    """
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    d = X.shape[1]
    if fit_intercept:
        x_mean, y_mean = X.mean(axis=0), y.mean()
        Xc, yc = X - x_mean, y - y_mean
    else:
        Xc, yc = X, y
    A = Xc.T @ Xc + lam * np.eye(d)
    w = np.linalg.solve(A, Xc.T @ yc)  # solve, never form the inverse
    b = float(y_mean - x_mean @ w) if fit_intercept else 0.0
    return w, b
