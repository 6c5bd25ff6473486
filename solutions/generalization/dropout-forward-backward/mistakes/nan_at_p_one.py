# Wrong: no special case for p = 1, so 0 / 0 fills out and dx with NaN (and 1 / 0 warnings).
import numpy as np


def dropout_forward_backward(x, dout, mask, p):
    out = x * mask / (1 - p)
    dx = dout * mask / (1 - p)
    return out, dx
