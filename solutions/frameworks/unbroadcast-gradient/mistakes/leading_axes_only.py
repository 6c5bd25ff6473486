# Wrong: only sums the extra leading axes; axes where the input had size 1 are left unreduced.
import numpy as np


def unbroadcast(grad, shape):
    out = grad
    while out.ndim > len(shape):
        out = out.sum(axis=0)
    return np.array(out, dtype=grad.dtype)
