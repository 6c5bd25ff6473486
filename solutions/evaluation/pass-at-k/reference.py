"""Reference solution: unbiased pass@k (Chen et al. 2021), vectorised over problems."""

import numpy as np


def pass_at_k(n, c, k):
    """1 - C(n-c, k) / C(n, k) = 1 - prod_{i=n-c+1}^{n} (1 - k/i); 1.0 when n - c < k.

    n, c, k: ints or integer arrays broadcastable together. Returns a float for scalar inputs,
    else a float64 array of the broadcast shape. Inputs are not modified.
    """
    scalar = all(np.ndim(v) == 0 for v in (n, c, k))
    n, c, k = np.broadcast_arrays(np.asarray(n, dtype=np.int64), np.asarray(c, dtype=np.int64),
                                  np.asarray(k, dtype=np.int64))
    out = np.ones(n.shape, dtype=np.float64)
    active = (n - c) >= k                  # otherwise every k-subset holds a correct sample
    if active.any():
        na, ca, ka = n[active], c[active], k[active]
        j = np.arange(ca.max())            # a ragged product as a masked (m, max c) grid
        i = (na - ca + 1)[:, None] + j     # i runs over n-c+1 .. n where j < c
        factors = np.where(j < ca[:, None], 1.0 - ka[:, None] / i, 1.0)
        out[active] = 1.0 - np.prod(factors, axis=1)
    return float(out) if scalar else out
