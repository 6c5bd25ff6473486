import numpy as np


def unbroadcast(grad, shape):
    """Reduce an upstream gradient back to the shape of a broadcast input.

    grad:  float ndarray (float64 or float32), the gradient w.r.t. the broadcast result.
           Not modified.
    shape: tuple (or list) of ints, the input's shape; broadcast-compatible with grad.shape
           and with len(shape) <= grad.ndim.
    Returns a new ndarray of exactly `shape` and grad's dtype (a 0-d array when shape == ()),
    never a view of grad.
    """
    grad = np.asarray(grad)
    shape = tuple(int(d) for d in shape)
    lead = grad.ndim - len(shape)
    # NumPy aligns shapes from the right: the first `lead` axes of grad were added by broadcasting,
    # and an axis where the input has size 1 (grad any other size, including 0) was stretched.
    axes = tuple(range(lead)) + tuple(
        lead + i for i, d in enumerate(shape) if d == 1 and grad.shape[lead + i] != 1
    )
    out = grad.sum(axis=axes) if axes else grad
    # np.array copies (never aliases grad) and turns a NumPy scalar into a 0-d ndarray.
    return np.array(out, dtype=grad.dtype).reshape(shape)
