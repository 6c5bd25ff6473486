import math

import numpy as np


def ab_test_z(successes_a, n_a, successes_b, n_b):
    """Two-sided two-proportion z-test with the pooled standard error, vectorised.

    Arguments are non-negative integer counts (scalars or arrays that broadcast together).
    Returns (z, p_value): float64 arrays of the broadcast shape (NumPy float64 scalars when
    every argument is a scalar). z = (p_b - p_a) / se_pooled; p = erfc(|z| / sqrt(2)).
    se == 0 (no successes at all, or only successes) gives z = 0, p = 1.
    """
    # float64 before any arithmetic: int32 sums and int64 products of counts can overflow
    xa, na, xb, nb = np.broadcast_arrays(*(
        np.asarray(v, dtype=np.float64) for v in (successes_a, n_a, successes_b, n_b)))
    pa, pb = xa / na, xb / nb
    pooled = (xa + xb) / (na + nb)
    se = np.sqrt(pooled * (1.0 - pooled) * (1.0 / na + 1.0 / nb))
    degenerate = se == 0.0
    z = np.where(degenerate, 0.0, (pb - pa) / np.where(degenerate, 1.0, se))
    # two-sided tail 2 * (1 - Phi(|z|)) = erfc(|z| / sqrt(2)), without cancellation.
    # NumPy has no erfc: call math.erfc once per test (the only Python-level loop).
    x = (np.abs(z) / math.sqrt(2.0)).ravel().tolist()
    p = np.fromiter(map(math.erfc, x), dtype=np.float64, count=len(x)).reshape(z.shape)
    return z[()], p[()]
