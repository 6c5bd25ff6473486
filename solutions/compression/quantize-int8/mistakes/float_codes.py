# Wrong: returns the rounded codes as float64 instead of an int8 array.
import numpy as np


def quantize_int8(x):
    amax = float(np.max(np.abs(x)))
    scale = amax / 127.0 if amax > 0 else 1.0
    q = np.clip(np.round(x / scale), -127, 127)
    return q, scale
