# Wrong: the product runs over i = n-c .. n-1 instead of n-c+1 .. n (off by one).
import numpy as np


def _one(n, c, k):
    if n - c < k:
        return 1.0
    return 1.0 - np.prod(1.0 - k / np.arange(n - c, n))


def pass_at_k(n, c, k):
    scalar = all(np.ndim(v) == 0 for v in (n, c, k))
    out = np.vectorize(_one, otypes=[np.float64])(n, c, k)
    return float(out) if scalar else out
