# Wrong: puts the singular values in both factors, so A @ B = U S^2 V^T.
import numpy as np


def svd_low_rank(W, rank):
    U, s, Vt = np.linalg.svd(W, full_matrices=False)
    return U[:, :rank] * s[:rank], s[:rank, None] * Vt[:rank]
