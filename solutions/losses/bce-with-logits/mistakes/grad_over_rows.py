# Wrong: the loss averages over all elements but the gradient divides by the batch size only.
import numpy as np


def bce_with_logits(logits, targets):
    e = np.exp(-np.abs(logits))
    loss = np.mean(np.maximum(logits, 0) - logits * targets + np.log1p(e))
    p = np.where(logits >= 0, 1.0, e) / (1.0 + e)
    return float(loss), (p - targets) / logits.shape[0]
