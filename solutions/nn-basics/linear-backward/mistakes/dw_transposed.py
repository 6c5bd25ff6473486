# Wrong: dw = dout.T @ x is the transpose of the gradient (shape (M, D) instead of (D, M)).
import numpy as np


def linear_backward(dout, x, w, b):
    dx = dout @ w.T
    dw = dout.T @ x
    db = np.sum(dout, axis=0)
    return dx, dw, db
