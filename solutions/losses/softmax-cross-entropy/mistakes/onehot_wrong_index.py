# Wrong: grad[:, labels] -= 1 subtracts 1 in every row at every labelled column, not one per row.
import numpy as np


def softmax_cross_entropy(logits, labels):
    n = logits.shape[0]
    shifted = logits - np.max(logits, axis=1, keepdims=True)
    e = np.exp(shifted)
    p = e / np.sum(e, axis=1, keepdims=True)
    loss = np.mean(np.log(np.sum(e, axis=1)) - shifted[np.arange(n), labels])
    grad = p.copy()
    grad[:, labels] -= 1.0
    return float(loss), grad / n
