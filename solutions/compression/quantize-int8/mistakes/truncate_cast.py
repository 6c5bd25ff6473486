# Wrong: casting to int8 truncates toward zero instead of rounding to the nearest code.
import numpy as np


def quantize_int8(x):
    amax = float(np.max(np.abs(x)))
    scale = amax / 127.0 if amax > 0 else 1.0
    q = np.clip(x / scale, -127, 127).astype(np.int8)
    return q, scale
