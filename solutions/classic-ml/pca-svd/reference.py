"""Reference solution: PCA through the SVD of the centred data matrix."""

import numpy as np


def pca_svd(X, n_components):
    """X: (N, D) float64, N >= 2. Returns (components (k, D), explained_variance (k,),
    projected (N, k)); components are the top right-singular vectors of the centred data,
    explained_variance = S**2 / (N - 1), projected = Xc @ components.T. X is not modified."""
    X = np.asarray(X, dtype=np.float64)
    n = X.shape[0]
    Xc = X - X.mean(axis=0)
    # Thin SVD: Xc = U diag(S) Vt, S sorted in decreasing order; the rows of Vt are the
    # eigenvectors of the sample covariance Xc^T Xc / (N - 1) with eigenvalues S^2 / (N - 1).
    _, s, vt = np.linalg.svd(Xc, full_matrices=False)
    components = vt[:n_components]
    explained_variance = s[:n_components] ** 2 / (n - 1)
    projected = Xc @ components.T
    return components, explained_variance, projected
