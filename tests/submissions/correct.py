# expect: accepted
import numpy as np


def scale(x, k=2.0):
    return np.multiply(x, k)
