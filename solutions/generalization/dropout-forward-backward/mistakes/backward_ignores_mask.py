# Wrong: the backward pass only rescales dout and forgets that dropped units get zero gradient.
import numpy as np


def dropout_forward_backward(x, dout, mask, p):
    if p == 1:
        return np.zeros_like(x), np.zeros_like(dout)
    scale = 1.0 / (1.0 - p)
    out = x * mask * scale
    dx = dout * scale
    return out, dx
