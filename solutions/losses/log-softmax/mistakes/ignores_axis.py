# Wrong: always normalises over the last axis, whatever `axis` says.
import numpy as np


def log_softmax(x, axis=-1):
    shifted = x - np.max(x, axis=-1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))
