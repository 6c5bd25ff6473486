"""Reference solution: cross-entropy against label-smoothed targets (PyTorch convention)."""

import numpy as np


def label_smoothing_ce(logits, labels, eps=0.1):
    """Mean over N of -sum_c q[n, c] log softmax(logits[n])[c], q = (1 - eps) onehot + eps / C.

    logits: float (N, C); labels: int (N,) in [0, C); eps: float in [0, 1]. Returns a float.
    """
    logits = np.asarray(logits)
    labels = np.asarray(labels)
    n = logits.shape[0]
    # Stable log-softmax: shift each row by its max, subtract log(sum(exp(shifted))) (>= 0).
    shifted = logits - np.max(logits, axis=1, keepdims=True)
    logp = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    # sum_c q_c (-log p_c) = (1 - eps) (-log p_y) + (eps / C) sum_c (-log p_c)
    #                      = (1 - eps) * NLL + eps * (mean over classes of -log p_c).
    nll = -logp[np.arange(n), labels]
    smooth = -np.mean(logp, axis=1)
    return float(np.mean((1.0 - eps) * nll + eps * smooth))
