"""Reference solution: a causal attention mask aligned to the end of the key sequence."""

import numpy as np


def causal_mask(Lq, Lk=None):
    """bool (Lq, Lk): mask[i, j] = j <= i + (Lk - Lq); queries are the last Lq positions."""
    Lk = Lq if Lk is None else Lk
    i = np.arange(Lq)[:, None]
    j = np.arange(Lk)[None, :]
    return j <= i + (Lk - Lq)
