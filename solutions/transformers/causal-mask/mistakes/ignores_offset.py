# Wrong: aligns queries with the first Lq keys (j <= i), ignoring the cached prefix of Lk - Lq keys.
import numpy as np


def causal_mask(Lq, Lk=None):
    Lk = Lq if Lk is None else Lk
    return np.tril(np.ones((Lq, Lk), dtype=bool))
