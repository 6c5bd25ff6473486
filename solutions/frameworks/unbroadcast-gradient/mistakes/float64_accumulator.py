# Wrong: accumulates into np.zeros(shape), which is float64, so a float32 gradient comes back as
# float64 (the result must keep grad's dtype).
import numpy as np


def unbroadcast(grad, shape):
    shape = tuple(shape)
    lead = grad.ndim - len(shape)
    axes = tuple(range(lead)) + tuple(lead + i for i, d in enumerate(shape)
                                      if d == 1 and grad.shape[lead + i] != 1)
    out = np.zeros(shape)
    out += grad.sum(axis=axes, keepdims=True).reshape(shape)
    return out
