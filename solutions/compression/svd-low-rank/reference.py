"""Reference solution: best rank-r factorisation W ~ A @ B by truncated SVD (Eckart-Young)."""

import numpy as np


def svd_low_rank(W, rank):
    """Return (A, B), A (m, r) and B (r, n), with A @ B the best rank-r approximation of W.

    The singular values go into A (A = U_r * s_r, B = V_r^T); any split is accepted by the
    tests. Signs are fixed so that the largest-magnitude entry of each column of A is positive,
    which only makes this reference deterministic across LAPACK builds.
    """
    W = np.asarray(W, dtype=np.float64)
    U, s, Vt = np.linalg.svd(W, full_matrices=False)  # s sorted in descending order
    A = U[:, :rank] * s[:rank]                          # scale columns by singular values
    B = Vt[:rank].copy()
    pivot = np.argmax(np.abs(A), axis=0)
    sign = np.where(A[pivot, np.arange(rank)] < 0, -1.0, 1.0)
    return A * sign, B * sign[:, None]
