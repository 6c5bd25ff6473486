# Wrong: reduces a size-1 input axis only when grad's axis is > 1, so a size-0 grad axis
# ((0, 3) -> (1, 3)) is never reduced and the result has the wrong shape.
import numpy as np


def unbroadcast(grad, shape):
    shape = tuple(shape)
    lead = grad.ndim - len(shape)
    out = grad.sum(axis=tuple(range(lead))) if lead else grad.copy()
    for i, d in enumerate(shape):
        if d == 1 and out.shape[i] > 1:
            out = out.sum(axis=i, keepdims=True)
    return np.array(out, dtype=grad.dtype)
