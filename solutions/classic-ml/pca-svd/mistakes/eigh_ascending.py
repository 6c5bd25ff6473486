# Wrong: np.linalg.eigh returns eigenvalues in ascending order, so this keeps the k smallest components.
import numpy as np


def pca_svd(X, n_components):
    Xc = X - X.mean(axis=0)
    cov = Xc.T @ Xc / (X.shape[0] - 1)
    vals, vecs = np.linalg.eigh(cov)
    components = vecs[:, :n_components].T
    return components, vals[:n_components], Xc @ components.T
