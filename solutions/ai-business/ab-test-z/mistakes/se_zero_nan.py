# Wrong: no guard for se == 0 (zero or all successes), so 0/0 gives NaN for z and p.
import math

import numpy as np


def ab_test_z(successes_a, n_a, successes_b, n_b):
    xa, na, xb, nb = np.broadcast_arrays(*(
        np.asarray(v, dtype=np.float64) for v in (successes_a, n_a, successes_b, n_b)))
    pa, pb = xa / na, xb / nb
    pooled = (xa + xb) / (na + nb)
    se = np.sqrt(pooled * (1.0 - pooled) * (1.0 / na + 1.0 / nb))
    with np.errstate(divide="ignore", invalid="ignore"):
        z = (pb - pa) / se
    x = (np.abs(z) / math.sqrt(2.0)).ravel().tolist()
    p = np.fromiter(map(math.erfc, x), dtype=np.float64, count=len(x)).reshape(z.shape)
    return z[()], p[()]
