# Wrong: keeps the last r singular triplets (the smallest singular values) instead of the first r.
import numpy as np


def svd_low_rank(W, rank):
    U, s, Vt = np.linalg.svd(W, full_matrices=False)
    return U[:, -rank:] * s[-rank:], Vt[-rank:]
