# Wrong: np.sum(dout) sums over both axes, giving a scalar instead of the per-output (M,) gradient.
import numpy as np


def linear_backward(dout, x, w, b):
    dx = np.dot(dout, w.T)
    dw = np.dot(x.T, dout)
    db = np.sum(dout)
    return dx, dw, db
