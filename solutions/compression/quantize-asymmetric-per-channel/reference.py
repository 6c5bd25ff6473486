"""Reference solution: asymmetric (affine) per-channel quantisation to unsigned integers."""

import numpy as np


def quantize_asymmetric_per_channel(w, axis=0, n_bits=8):
    """Return (q, scale, zero_point) with one scale / zero-point per index of `axis`.

    q uint8 of w's shape, scale float64 (C,), zero_point int64 (C,), C = w.shape[axis].
    The range of each channel is widened to include 0 (PyTorch's MinMaxObserver convention).
    """
    w = np.asarray(w, dtype=np.float64)
    axis = axis % w.ndim  # accept negative axes
    others = tuple(i for i in range(w.ndim) if i != axis)
    qmax = 2 ** n_bits - 1
    lo = np.minimum(np.min(w, axis=others), 0.0)  # (C,)
    hi = np.maximum(np.max(w, axis=others), 0.0)
    span = hi - lo
    # Only an all-zero channel has hi == lo once the range includes 0: give it scale 1.
    scale = np.where(span > 0, span, qmax) / qmax
    zero_point = np.clip(np.round(-lo / scale), 0, qmax).astype(np.int64)
    shape = [1] * w.ndim
    shape[axis] = -1  # broadcast the (C,) parameters along `axis`
    q = np.round(w / scale.reshape(shape)) + zero_point.reshape(shape)
    q = np.clip(q, 0, qmax).astype(np.uint8)
    return q, scale, zero_point
