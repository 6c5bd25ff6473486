# Wrong: appends a column of ones and solves (Xa^T Xa + lam I) theta = Xa^T y, so the intercept is penalised too.
import numpy as np


def ridge_closed_form(X, y, lam, fit_intercept=True):
    if fit_intercept:
        Xa = np.hstack([X, np.ones((X.shape[0], 1))])
    else:
        Xa = X
    theta = np.linalg.solve(Xa.T @ Xa + lam * np.eye(Xa.shape[1]), Xa.T @ y)
    if fit_intercept:
        return theta[:-1], float(theta[-1])
    return theta, 0.0
