# Wrong: no final clip to [0, qmax]: round(w/scale) + zero_point can reach qmax + 1 and wraps around in uint8.
import numpy as np


def quantize_asymmetric_per_channel(w, axis=0, n_bits=8):
    axis = axis % w.ndim
    others = tuple(i for i in range(w.ndim) if i != axis)
    qmax = 2 ** n_bits - 1
    lo = np.minimum(np.min(w, axis=others), 0.0)
    hi = np.maximum(np.max(w, axis=others), 0.0)
    scale = np.where(hi > lo, hi - lo, qmax) / qmax
    zero_point = np.round(-lo / scale).astype(np.int64)
    shape = [1] * w.ndim
    shape[axis] = -1
    q = np.round(w / scale.reshape(shape)) + zero_point.reshape(shape)
    return q.astype(np.int64).astype(np.uint8), scale, zero_point
