# Wrong: classic (non-inverted) dropout at train time: the kept units are not scaled by 1 / (1 - p).
import numpy as np


def dropout_forward_backward(x, dout, mask, p):
    out = x * mask
    dx = dout * mask
    return out, dx
