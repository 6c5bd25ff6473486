"""Reference solution: mean binary cross-entropy on logits, stable for any logit."""

import numpy as np


def bce_with_logits(logits, targets):
    """Return (loss, dlogits) for logits z and float targets t in [0, 1] of the same shape.

    loss = mean over all n = z.size elements of -[t log sigmoid(z) + (1 - t) log(1 - sigmoid(z))]
    (a Python float); dlogits = (sigmoid(z) - t) / n, shaped like z. Inputs are untouched.
    """
    z = np.asarray(logits)
    t = np.asarray(targets)
    n = z.size
    # e = exp(-|z|) lies in (0, 1]: it can never overflow.
    e = np.exp(-np.abs(z))
    # -t log s(z) - (1 - t) log(1 - s(z)) = max(z, 0) - z t + log(1 + exp(-|z|)), exactly;
    # log1p keeps full precision when exp(-|z|) is tiny.
    loss = float(np.mean(np.maximum(z, 0) - z * t + np.log1p(e)))
    # Stable sigmoid: 1 / (1 + e) for z >= 0 and e / (1 + e) for z < 0.
    sig = np.where(z >= 0, 1.0, e) / (1.0 + e)
    grad = (sig - t) / n
    return loss, grad
