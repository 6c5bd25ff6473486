# Wrong: uses the columns of V^T (vt[:, :k].T) instead of its rows, i.e. not the right-singular vectors.
import numpy as np


def pca_svd(X, n_components):
    Xc = X - X.mean(axis=0)
    _, s, vt = np.linalg.svd(Xc, full_matrices=False)
    components = vt[:, :n_components].T
    return components, s[:n_components] ** 2 / (X.shape[0] - 1), Xc @ components.T
