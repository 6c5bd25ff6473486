# Wrong: log(clip(softmax)) caps -log p at -log(1e-12) ~ 27.6 instead of computing it in log space.
import numpy as np


def softmax_cross_entropy(logits, labels):
    n = logits.shape[0]
    shifted = logits - np.max(logits, axis=1, keepdims=True)
    e = np.exp(shifted)
    p = e / np.sum(e, axis=1, keepdims=True)
    loss = -np.mean(np.log(np.clip(p[np.arange(n), labels], 1e-12, 1.0)))
    grad = p.copy()
    grad[np.arange(n), labels] -= 1.0
    return float(loss), grad / n
