# Wrong: prunes each row separately (per-row sparsity) instead of ranking |w| over the whole tensor.
import numpy as np


def magnitude_prune(w, sparsity):
    w2 = w.reshape(w.shape[0], -1) if w.ndim > 1 else w.reshape(1, -1)
    k = int(np.floor(sparsity * w2.shape[1]))
    order = np.argsort(np.abs(w2), axis=1, kind="stable")[:, :k]
    out = w2.copy()
    np.put_along_axis(out, order, 0, axis=1)
    return out.reshape(w.shape)
