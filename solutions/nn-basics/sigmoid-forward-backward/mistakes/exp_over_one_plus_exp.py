# Wrong: exp(x) / (1 + exp(x)) overflows for large positive x (inf / inf = nan).
import numpy as np


def sigmoid_forward_backward(x, dout):
    e = np.exp(x)
    y = e / (1 + e)
    dx = dout * y * (1 - y)
    return y, dx
