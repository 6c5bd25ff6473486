# Wrong: divides by 128 (the size of the negative half of int8) instead of 127: every scale is off.
import numpy as np


def quantize_int8(x):
    amax = float(np.max(np.abs(x)))
    scale = amax / 128.0 if amax > 0 else 1.0
    q = np.clip(np.round(x / scale), -128, 127).astype(np.int8)
    return q, scale
