# Wrong: drops the singular values: A @ B = U_r V_r^T is not an approximation of W.
import numpy as np


def svd_low_rank(W, rank):
    U, s, Vt = np.linalg.svd(W, full_matrices=False)
    return U[:, :rank], Vt[:rank]
