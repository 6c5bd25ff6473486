# Wrong: treats the third output of np.linalg.svd as V, but it is V^T, so B takes the wrong vectors.
import numpy as np


def svd_low_rank(W, rank):
    U, s, V = np.linalg.svd(W, full_matrices=False)
    return U[:, :rank] * s[:rank], V[:, :rank].T
