# Wrong: np.linalg.eigh sorts eigenvalues in ascending order, so the first r eigenvectors of W^T W are the smallest.
import numpy as np


def svd_low_rank(W, rank):
    _, V = np.linalg.eigh(W.T @ W)
    Vr = V[:, :rank]
    return W @ Vr, Vr.T
