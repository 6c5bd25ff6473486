# Wrong: one min/max for the whole tensor (per-tensor), broadcast to every channel.
import numpy as np


def quantize_asymmetric_per_channel(w, axis=0, n_bits=8):
    qmax = 2 ** n_bits - 1
    lo = min(float(w.min()), 0.0)
    hi = max(float(w.max()), 0.0)
    s = (hi - lo) / qmax if hi > lo else 1.0
    zp = int(np.clip(np.round(-lo / s), 0, qmax))
    q = np.clip(np.round(w / s) + zp, 0, qmax).astype(np.uint8)
    c = w.shape[axis]
    return q, np.full(c, s), np.full(c, zp, dtype=np.int64)
