# Wrong: reads the mask the other way round (True = drop), so it keeps exactly the dropped units.
import numpy as np


def dropout_forward_backward(x, dout, mask, p):
    if p == 1:
        return np.zeros_like(x), np.zeros_like(dout)
    keep = ~mask
    out = x * keep / (1 - p)
    dx = dout * keep / (1 - p)
    return out, dx
