# Wrong: unpooled (Wald) standard error sqrt(pa(1-pa)/na + pb(1-pb)/nb) instead of the pooled one.
import math

import numpy as np


def ab_test_z(successes_a, n_a, successes_b, n_b):
    xa, na, xb, nb = np.broadcast_arrays(*(
        np.asarray(v, dtype=np.float64) for v in (successes_a, n_a, successes_b, n_b)))
    pa, pb = xa / na, xb / nb
    se = np.sqrt(pa * (1 - pa) / na + pb * (1 - pb) / nb)
    degenerate = se == 0.0
    z = np.where(degenerate, 0.0, (pb - pa) / np.where(degenerate, 1.0, se))
    x = (np.abs(z) / math.sqrt(2.0)).ravel().tolist()
    p = np.fromiter(map(math.erfc, x), dtype=np.float64, count=len(x)).reshape(z.shape)
    return z[()], p[()]
