# Wrong: log1p(exp(-z)) instead of log1p(exp(-|z|)) in the max(z, 0) form: wrong for z < 0.
import numpy as np


def bce_with_logits(logits, targets):
    loss = np.mean(np.maximum(logits, 0) - logits * targets + np.log1p(np.exp(-logits)))
    e = np.exp(-np.abs(logits))
    p = np.where(logits >= 0, 1.0, e) / (1.0 + e)
    return float(loss), (p - targets) / logits.size
