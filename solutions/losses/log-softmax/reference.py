"""Reference solution: numerically stable log-softmax along any axis."""

import numpy as np


def log_softmax(x, axis=-1):
    """log softmax(x) along `axis`: x - logsumexp(x); same shape and float dtype as `x`."""
    x = np.asarray(x)
    # logsumexp(x) = m + log(sum(exp(x - m))) with m the max of each slice: every exponent is
    # <= 0 (no overflow) and the sum is >= 1 (its log is finite and >= 0). keepdims=True keeps the
    # reduced axis so the result broadcasts back for any axis.
    shifted = x - np.max(x, axis=axis, keepdims=True)  # a new array: the input is untouched
    shifted -= np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))
    return shifted
