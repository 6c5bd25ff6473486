# Wrong: the biased estimator 1 - (1 - c/n)^k (sampling with replacement), not 1 - C(n-c, k)/C(n, k).
import numpy as np


def pass_at_k(n, c, k):
    scalar = all(np.ndim(v) == 0 for v in (n, c, k))
    out = 1.0 - (1.0 - np.asarray(c) / np.asarray(n)) ** np.asarray(k)
    out = np.asarray(out, dtype=np.float64)
    return float(out) if scalar else out
