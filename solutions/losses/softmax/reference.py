"""Reference solution: numerically stable softmax along any axis."""

import numpy as np


def softmax(x, axis=-1):
    """Softmax of `x` along `axis`; same shape and float dtype as `x`; `x` is not modified."""
    x = np.asarray(x)
    # Shift every slice by its own maximum: softmax is invariant to adding a constant along
    # the axis, and after the shift the largest exponent is exp(0) = 1, so nothing overflows
    # and each slice's denominator is >= 1 (no 0/0 even when all logits are around -1e4).
    # keepdims=True keeps the reduced axis as size 1 so the broadcast lines up for any axis.
    shifted = x - np.max(x, axis=axis, keepdims=True)  # a new array: the input is untouched
    np.exp(shifted, out=shifted)
    shifted /= np.sum(shifted, axis=axis, keepdims=True)
    return shifted
