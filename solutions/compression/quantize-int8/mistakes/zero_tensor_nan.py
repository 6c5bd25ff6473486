# Wrong: no guard for an all-zero tensor: scale = 0 and 0/0 gives NaN codes (and scale 0.0).
import numpy as np


def quantize_int8(x):
    scale = float(np.max(np.abs(x))) / 127.0
    with np.errstate(invalid="ignore", divide="ignore"):
        q = np.clip(np.round(x / scale), -127, 127).astype(np.int8)
    return q, scale
