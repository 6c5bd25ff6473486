# Wrong: no guard for an all-zero channel: its scale is 0 and 0/0 produces NaN codes.
import numpy as np


def quantize_asymmetric_per_channel(w, axis=0, n_bits=8):
    axis = axis % w.ndim
    others = tuple(i for i in range(w.ndim) if i != axis)
    qmax = 2 ** n_bits - 1
    lo = np.minimum(np.min(w, axis=others), 0.0)
    hi = np.maximum(np.max(w, axis=others), 0.0)
    scale = (hi - lo) / qmax
    shape = [1] * w.ndim
    shape[axis] = -1
    with np.errstate(invalid="ignore", divide="ignore"):
        zero_point = np.nan_to_num(np.clip(np.round(-lo / scale), 0, qmax)).astype(np.int64)
        q = np.clip(np.round(w / scale.reshape(shape)) + zero_point.reshape(shape), 0, qmax)
    return q.astype(np.uint8), scale, zero_point
