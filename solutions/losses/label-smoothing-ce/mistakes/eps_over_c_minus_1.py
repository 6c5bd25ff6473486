# Wrong convention: spreads eps over the C - 1 other classes (q_y = 1 - eps) instead of eps / C on all.
import numpy as np


def label_smoothing_ce(logits, labels, eps=0.1):
    n, c = logits.shape
    shifted = logits - np.max(logits, axis=1, keepdims=True)
    logp = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    q = np.full((n, c), eps / max(c - 1, 1))
    q[np.arange(n), labels] = 1.0 - eps
    return float(np.mean(-np.sum(q * logp, axis=1)))
