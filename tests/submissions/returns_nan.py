# expect: wrong_answer
import numpy as np


def scale(x, k=2.0):
    return np.full(x.shape, np.nan)
