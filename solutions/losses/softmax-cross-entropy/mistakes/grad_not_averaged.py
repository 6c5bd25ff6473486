# Wrong: the loss is a mean over N but the gradient is not divided by N.
import numpy as np


def softmax_cross_entropy(logits, labels):
    n = logits.shape[0]
    shifted = logits - np.max(logits, axis=1, keepdims=True)
    logsum = np.log(np.sum(np.exp(shifted), axis=1))
    loss = np.mean(logsum - shifted[np.arange(n), labels])
    grad = np.exp(shifted - logsum[:, None])
    grad[np.arange(n), labels] -= 1.0
    return float(loss), grad
