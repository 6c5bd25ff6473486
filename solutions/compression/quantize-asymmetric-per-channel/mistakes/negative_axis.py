# Wrong: builds the reduction axes from the raw `axis`, so axis=-1 reduces over every axis (per-tensor).
import numpy as np


def quantize_asymmetric_per_channel(w, axis=0, n_bits=8):
    others = tuple(i for i in range(w.ndim) if i != axis)
    qmax = 2 ** n_bits - 1
    lo = np.minimum(np.min(w, axis=others), 0.0)
    hi = np.maximum(np.max(w, axis=others), 0.0)
    scale = np.where(hi > lo, hi - lo, qmax) / qmax
    zero_point = np.clip(np.round(-lo / scale), 0, qmax).astype(np.int64)
    shape = [1] * w.ndim
    shape[axis] = -1
    q = np.clip(np.round(w / scale.reshape(shape)) + zero_point.reshape(shape), 0, qmax)
    return q.astype(np.uint8), scale, zero_point
