# Wrong: uses the upper triangle (j >= i), letting every query see the future instead of the past.
import numpy as np


def causal_mask(Lq, Lk=None):
    Lk = Lq if Lk is None else Lk
    i = np.arange(Lq)[:, None]
    j = np.arange(Lk)[None, :]
    return j >= i + (Lk - Lq)
