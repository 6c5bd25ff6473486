# Wrong (too slow): scatters every element of grad into the output with a Python loop.
import numpy as np


def unbroadcast(grad, shape):
    shape = tuple(shape)
    lead = grad.ndim - len(shape)
    out = np.zeros(shape, dtype=grad.dtype)
    for idx in np.ndindex(*grad.shape):
        tgt = tuple(0 if d == 1 else j for j, d in zip(idx[lead:], shape, strict=True))
        out[tgt] += grad[idx]
    return out
