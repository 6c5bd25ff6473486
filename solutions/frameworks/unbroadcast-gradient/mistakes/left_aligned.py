# Wrong: aligns shape with grad.shape from the left, so it sums the trailing axes instead of the
# leading ones (for a bias b (4,) added to (4, 4) it returns row sums instead of column sums).
import numpy as np


def unbroadcast(grad, shape):
    shape = tuple(shape)
    out = grad
    while out.ndim > len(shape):
        out = out.sum(axis=-1)
    for i, d in enumerate(shape):
        if d == 1 and out.shape[i] != 1:
            out = out.sum(axis=i, keepdims=True)
    return np.array(out, dtype=grad.dtype)
