# Wrong: w @ dout.T is dx transposed, shape (D, N); the gradient must have the shape (N, D) of x.
import numpy as np


def linear_backward(dout, x, w, b):
    dx = w @ dout.T
    dw = x.T @ dout
    db = dout.sum(axis=0)
    return dx, dw, db
