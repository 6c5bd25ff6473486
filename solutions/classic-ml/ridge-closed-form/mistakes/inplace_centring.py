# Wrong: `X -= X.mean(axis=0)` centres the caller's array in place (inputs must not be modified).
import numpy as np


def ridge_closed_form(X, y, lam, fit_intercept=True):
    d = X.shape[1]
    b = 0.0
    if fit_intercept:
        xm, ym = X.mean(axis=0), y.mean()
        X -= xm
        w = np.linalg.solve(X.T @ X + lam * np.eye(d), X.T @ (y - ym))
        b = ym - xm @ w
    else:
        w = np.linalg.solve(X.T @ X + lam * np.eye(d), X.T @ y)
    return w, b
