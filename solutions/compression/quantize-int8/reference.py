"""Reference solution: symmetric per-tensor INT8 quantisation."""

import numpy as np


def quantize_int8(x):
    """Return (q, scale): q = clip(round(x / scale), -127, 127) as int8, scale = max|x| / 127.

    An all-zero (or empty) tensor gets scale 1.0. `x` is not modified.
    """
    x = np.asarray(x, dtype=np.float64)
    amax = float(np.max(np.abs(x))) if x.size else 0.0
    scale = amax / 127.0 if amax > 0.0 else 1.0  # guard: 0 / 0 would give NaN codes
    # np.round rounds half to even; the clip is a no-op mathematically (|x| / scale <= 127) but
    # guards against the last ulp and documents the restricted range [-127, 127].
    q = np.clip(np.round(x / scale), -127, 127).astype(np.int8)
    return q, scale
