# Wrong: p = 2 * (1 - Phi(|z|)) by subtraction; 1 - Phi cancels to 0 and loses all precision for |z| > ~8.
import math

import numpy as np


def ab_test_z(successes_a, n_a, successes_b, n_b):
    xa, na, xb, nb = np.broadcast_arrays(*(
        np.asarray(v, dtype=np.float64) for v in (successes_a, n_a, successes_b, n_b)))
    pa, pb = xa / na, xb / nb
    pooled = (xa + xb) / (na + nb)
    se = np.sqrt(pooled * (1.0 - pooled) * (1.0 / na + 1.0 / nb))
    degenerate = se == 0.0
    z = np.where(degenerate, 0.0, (pb - pa) / np.where(degenerate, 1.0, se))
    phi = np.array([0.5 * (1.0 + math.erf(v / math.sqrt(2.0))) for v in np.abs(z).ravel()],
                   dtype=np.float64).reshape(z.shape)
    p = 2.0 * (1.0 - phi)
    return z[()], p[()]
