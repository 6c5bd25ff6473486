# Wrong: returns a float 0/1 matrix instead of a boolean mask.
import numpy as np


def causal_mask(Lq, Lk=None):
    Lk = Lq if Lk is None else Lk
    return np.tri(Lq, Lk, k=Lk - Lq)
