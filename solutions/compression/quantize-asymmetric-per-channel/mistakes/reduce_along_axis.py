# Wrong: reduces along `axis` itself (statistics per column for axis=0) instead of over the other axes.
import numpy as np


def quantize_asymmetric_per_channel(w, axis=0, n_bits=8):
    qmax = 2 ** n_bits - 1
    lo = np.minimum(np.min(w, axis=axis, keepdims=True), 0.0)
    hi = np.maximum(np.max(w, axis=axis, keepdims=True), 0.0)
    scale = np.where(hi > lo, hi - lo, qmax) / qmax
    zero_point = np.clip(np.round(-lo / scale), 0, qmax).astype(np.int64)
    q = np.clip(np.round(w / scale) + zero_point, 0, qmax).astype(np.uint8)
    return q, scale.reshape(-1), zero_point.reshape(-1)
