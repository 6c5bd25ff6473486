"""Reference solution: mean softmax cross-entropy over a batch and its gradient."""

import numpy as np


def softmax_cross_entropy(logits, labels):
    """Return (loss, dlogits) for logits (N, C) and integer labels (N,).

    loss = mean over the N rows of -log softmax(logits[n])[labels[n]] (a Python float);
    dlogits = (softmax(logits) - onehot(labels)) / N, shaped like logits. Inputs are untouched.
    """
    logits = np.asarray(logits)
    labels = np.asarray(labels)
    n = logits.shape[0]
    rows = np.arange(n)
    # Shift each row by its own maximum (softmax is invariant to it): exponents are <= 0, so
    # nothing overflows, and the row sum is >= 1, so its log is finite.
    shifted = logits - np.max(logits, axis=1, keepdims=True)  # a new array
    e = np.exp(shifted)
    s = np.sum(e, axis=1)
    # -log p_y = log(sum_j exp(shifted_j)) - shifted_y: computed in log space, so a confident
    # wrong prediction costs ~1e3 rather than -log(0) = inf.
    loss = float(np.mean(np.log(s) - shifted[rows, labels]))
    # d(mean loss)/dlogits = (p - onehot) / N.
    grad = e / s[:, None]
    grad[rows, labels] -= 1.0
    grad /= n
    return loss, grad
