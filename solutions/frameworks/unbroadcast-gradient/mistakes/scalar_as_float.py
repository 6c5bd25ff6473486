# Wrong: for a scalar input (shape == ()) it returns a Python float instead of a 0-d ndarray.
import numpy as np


def unbroadcast(grad, shape):
    shape = tuple(shape)
    if shape == ():
        return float(grad.sum())
    lead = grad.ndim - len(shape)
    axes = tuple(range(lead)) + tuple(lead + i for i, d in enumerate(shape)
                                      if d == 1 and grad.shape[lead + i] != 1)
    return grad.sum(axis=axes, keepdims=True).reshape(shape)
