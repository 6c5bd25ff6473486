# Wrong: z = (p_a - p_b) / se, the sign convention reversed (the contract is B minus A).
import math

import numpy as np


def ab_test_z(successes_a, n_a, successes_b, n_b):
    xa, na, xb, nb = np.broadcast_arrays(*(
        np.asarray(v, dtype=np.float64) for v in (successes_a, n_a, successes_b, n_b)))
    pa, pb = xa / na, xb / nb
    pooled = (xa + xb) / (na + nb)
    se = np.sqrt(pooled * (1.0 - pooled) * (1.0 / na + 1.0 / nb))
    degenerate = se == 0.0
    z = np.where(degenerate, 0.0, (pa - pb) / np.where(degenerate, 1.0, se))
    x = (np.abs(z) / math.sqrt(2.0)).ravel().tolist()
    p = np.fromiter(map(math.erfc, x), dtype=np.float64, count=len(x)).reshape(z.shape)
    return z[()], p[()]
