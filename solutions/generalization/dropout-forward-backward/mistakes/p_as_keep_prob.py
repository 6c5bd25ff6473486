# Wrong: treats p as the keep probability and divides by p instead of by 1 - p.
import numpy as np


def dropout_forward_backward(x, dout, mask, p):
    if p == 0:
        return np.zeros_like(x), np.zeros_like(dout)
    out = x * mask / p
    dx = dout * mask / p
    return out, dx
