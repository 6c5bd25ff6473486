# Wrong: sums the stretched size-1 axes without keepdims, so (3, 4) -> (3, 1) comes back as (3,).
import numpy as np


def unbroadcast(grad, shape):
    lead = grad.ndim - len(shape)
    out = grad.sum(axis=tuple(range(lead))) if lead else grad.copy()
    axes = tuple(i for i, d in enumerate(shape) if d == 1 and out.shape[i] != 1)
    if axes:
        out = out.sum(axis=axes)
    return np.asarray(out, dtype=grad.dtype)
