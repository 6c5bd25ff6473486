# Wrong: no max shift, so exp(1000) overflows to inf and the loss/gradient become NaN.
import numpy as np


def softmax_cross_entropy(logits, labels):
    n = logits.shape[0]
    e = np.exp(logits)
    p = e / np.sum(e, axis=1, keepdims=True)
    loss = -np.mean(np.log(p[np.arange(n), labels]))
    grad = p.copy()
    grad[np.arange(n), labels] -= 1.0
    return float(loss), grad / n
