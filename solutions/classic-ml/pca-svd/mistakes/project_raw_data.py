# Wrong: projects the raw X instead of the centred Xc, so the scores are offset by mean(X) @ components.T.
import numpy as np


def pca_svd(X, n_components):
    Xc = X - X.mean(axis=0)
    _, s, vt = np.linalg.svd(Xc, full_matrices=False)
    components = vt[:n_components]
    return components, s[:n_components] ** 2 / (X.shape[0] - 1), X @ components.T
