# Wrong: averages over the broadcast axes instead of summing (each copy of x contributed to the
# loss, so their gradients add up).
import numpy as np


def unbroadcast(grad, shape):
    shape = tuple(shape)
    lead = grad.ndim - len(shape)
    axes = tuple(range(lead)) + tuple(lead + i for i, d in enumerate(shape)
                                      if d == 1 and grad.shape[lead + i] != 1)
    out = grad.mean(axis=axes, keepdims=True) if axes else grad.copy()
    return np.array(out, dtype=grad.dtype).reshape(shape)
