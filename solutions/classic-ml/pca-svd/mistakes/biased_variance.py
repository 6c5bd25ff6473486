# Wrong: explained variance divides by N instead of N - 1 (the sample covariance uses N - 1).
import numpy as np


def pca_svd(X, n_components):
    Xc = X - X.mean(axis=0)
    _, s, vt = np.linalg.svd(Xc, full_matrices=False)
    components = vt[:n_components]
    return components, s[:n_components] ** 2 / X.shape[0], Xc @ components.T
