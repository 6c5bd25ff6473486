# Wrong: adds the slices of each leading axis into grad[0] "to save memory", which overwrites the
# caller's gradient buffer (grad must not be modified).
import numpy as np


def unbroadcast(grad, shape):
    shape = tuple(shape)
    out = grad
    while out.ndim > len(shape):
        if out.shape[0] == 0:
            out = out.sum(axis=0)
            continue
        for k in range(1, out.shape[0]):
            out[0] += out[k]
        out = out[0]
    out = np.asarray(out)
    for i, d in enumerate(shape):
        if d == 1 and out.shape[i] != 1:
            out = out.sum(axis=i, keepdims=True)
    return np.array(out, dtype=grad.dtype).reshape(shape)
