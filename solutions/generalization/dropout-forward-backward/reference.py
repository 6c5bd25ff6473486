"""Reference solution: inverted dropout, forward and backward, with an explicit keep-mask."""

import numpy as np


def dropout_forward_backward(x, dout, mask, p):
    """Inverted dropout in training mode.

    x, dout: float arrays of the same shape; mask: bool array of that shape (True = keep);
    p: drop probability in [0, 1]. Returns (out, dx) with out = x * mask / (1 - p) and
    dx = dout * mask / (1 - p); for p == 1 every unit is dropped and both are zeros.
    The inputs are not modified.
    """
    x = np.asarray(x)
    dout = np.asarray(dout)
    mask = np.asarray(mask, dtype=bool)
    if p >= 1.0:
        # Everything is dropped: the scale 1 / (1 - p) is undefined, but x * mask is 0 anyway,
        # so define the output (and the gradient) as 0 instead of 0 / 0 = NaN.
        return np.zeros_like(x), np.zeros_like(dout)
    scale = 1.0 / (1.0 - p)
    # np.where builds new arrays (never touching x or dout) and keeps the float dtype.
    out = np.where(mask, x * scale, 0).astype(x.dtype, copy=False)
    dx = np.where(mask, dout * scale, 0).astype(dout.dtype, copy=False)
    return out, dx
