# Wrong: the scale uses max(x) instead of max(|x|); large negative values are clipped.
import numpy as np


def quantize_int8(x):
    amax = float(np.max(x))
    scale = amax / 127.0 if amax > 0 else 1.0
    q = np.clip(np.round(x / scale), -127, 127).astype(np.int8)
    return q, scale
