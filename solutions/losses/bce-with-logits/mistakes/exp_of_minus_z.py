# Wrong: (1 - t) z + log(1 + exp(-z)) is exact but exp(-z) overflows for very negative z.
import numpy as np


def bce_with_logits(logits, targets):
    loss = np.mean((1 - targets) * logits + np.log1p(np.exp(-logits)))
    e = np.exp(-np.abs(logits))
    p = np.where(logits >= 0, 1.0, e) / (1.0 + e)
    return float(loss), (p - targets) / logits.size
