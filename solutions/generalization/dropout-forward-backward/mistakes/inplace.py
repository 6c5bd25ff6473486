# Wrong: scales x and dout in place, so the caller's arrays are modified.
import numpy as np


def dropout_forward_backward(x, dout, mask, p):
    if p == 1:
        return np.zeros_like(x), np.zeros_like(dout)
    x *= mask
    x /= 1 - p
    dout *= mask
    dout /= 1 - p
    return x, dout
