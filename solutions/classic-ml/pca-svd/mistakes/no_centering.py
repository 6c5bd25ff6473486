# Wrong: takes the SVD of X without subtracting the column means, so the first component points at the mean.
import numpy as np


def pca_svd(X, n_components):
    _, s, vt = np.linalg.svd(X, full_matrices=False)
    components = vt[:n_components]
    return components, s[:n_components] ** 2 / (X.shape[0] - 1), X @ components.T
