# Wrong: j < i excludes the diagonal, so a token cannot attend to itself (and row 0 is empty).
import numpy as np


def causal_mask(Lq, Lk=None):
    Lk = Lq if Lk is None else Lk
    return np.tri(Lq, Lk, k=Lk - Lq - 1, dtype=bool)
