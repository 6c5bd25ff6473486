# Wrong: log(sigmoid(z)) and log(1 - sigmoid(z)) hit log(0) = -inf for large |z| (inf / nan loss).
import numpy as np


def bce_with_logits(logits, targets):
    p = 1.0 / (1.0 + np.exp(-logits))
    loss = -np.mean(targets * np.log(p) + (1 - targets) * np.log(1 - p))
    grad = (p - targets) / logits.size
    return float(loss), grad
