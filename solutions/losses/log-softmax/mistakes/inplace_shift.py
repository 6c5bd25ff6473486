# Wrong: `x -= ...` modifies the caller's array in place (the input must not be modified).
import numpy as np


def log_softmax(x, axis=-1):
    x -= np.max(x, axis=axis, keepdims=True)
    x -= np.log(np.sum(np.exp(x), axis=axis, keepdims=True))
    return x
