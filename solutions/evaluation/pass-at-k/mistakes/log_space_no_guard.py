# Wrong: sums log(1 - k/i) without the n - c < k guard, so log of 0 or a negative number gives NaN.
import numpy as np


def pass_at_k(n, c, k):
    scalar = all(np.ndim(v) == 0 for v in (n, c, k))
    n, c, k = np.broadcast_arrays(np.asarray(n), np.asarray(c), np.asarray(k))
    j = np.arange(max(int(c.max()), 1))
    i = (n - c + 1)[..., None] + j
    with np.errstate(all="ignore"):
        terms = np.where(j < c[..., None], np.log(1.0 - k[..., None] / i), 0.0)
    out = 1.0 - np.exp(terms.sum(axis=-1))
    return float(out) if scalar else out
