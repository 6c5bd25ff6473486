# Wrong: computes C(n, k) with float64 factorials, which overflow to inf for n >= 171 (inf/inf = NaN).
import numpy as np


def _fact(m):
    return np.prod(np.arange(1, m + 1, dtype=np.float64))


def _comb(a, b):
    return _fact(a) / (_fact(b) * _fact(a - b))


def _one(n, c, k):
    if n - c < k:
        return 1.0
    return 1.0 - _comb(n - c, k) / _comb(n, k)


def pass_at_k(n, c, k):
    scalar = all(np.ndim(v) == 0 for v in (n, c, k))
    out = np.vectorize(_one, otypes=[np.float64])(n, c, k)
    return float(out) if scalar else out
