# Wrong: does the count arithmetic in the input integer dtype: n_a + n_b overflows int32 and
# n_a * n_b overflows int64 for web-scale counts, silently giving a wrong standard error.
import math

import numpy as np


def ab_test_z(successes_a, n_a, successes_b, n_b):
    xa, na, xb, nb = np.broadcast_arrays(*(np.asarray(v) for v in (successes_a, n_a,
                                                                   successes_b, n_b)))
    with np.errstate(all="ignore"):
        pa, pb = xa / na, xb / nb
        pooled = (xa + xb) / (na + nb)
        se = np.sqrt(pooled * (1.0 - pooled) * (na + nb) / (na * nb))
        degenerate = se == 0.0
        z = np.where(degenerate, 0.0, (pb - pa) / np.where(degenerate, 1.0, se))
    x = (np.abs(z) / math.sqrt(2.0)).ravel().tolist()
    p = np.fromiter(map(math.erfc, x), dtype=np.float64, count=len(x)).reshape(z.shape)
    return z[()], p[()]
