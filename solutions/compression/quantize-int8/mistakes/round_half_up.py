# Wrong: floor(v + 0.5) rounds halves up (-2.5 -> -2 but 2.5 -> 3), not half to even like np.round.
import numpy as np


def quantize_int8(x):
    amax = float(np.max(np.abs(x)))
    scale = amax / 127.0 if amax > 0 else 1.0
    q = np.clip(np.floor(x / scale + 0.5), -127, 127).astype(np.int8)
    return q, scale
