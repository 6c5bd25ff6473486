# Wrong: log(softmax(x)) is -inf wherever a probability underflows to 0 (e.g. a gap of 1000).
import numpy as np


def log_softmax(x, axis=-1):
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return np.log(e / np.sum(e, axis=axis, keepdims=True))
