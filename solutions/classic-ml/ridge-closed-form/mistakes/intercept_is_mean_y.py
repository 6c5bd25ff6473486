# Wrong: b = mean(y) forgets the - mean(X) @ w term (only right when the features are already centred).
import numpy as np


def ridge_closed_form(X, y, lam, fit_intercept=True):
    d = X.shape[1]
    if fit_intercept:
        Xc, yc = X - X.mean(axis=0), y - y.mean()
    else:
        Xc, yc = X, y
    w = np.linalg.solve(Xc.T @ Xc + lam * np.eye(d), Xc.T @ yc)
    b = y.mean() if fit_intercept else 0.0
    return w, b
