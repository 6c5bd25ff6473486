# Wrong: counts only strictly greater pairs (ties count 0 instead of one half).
import numpy as np


def roc_auc(y_true, scores):
    y = np.asarray(y_true).astype(bool)
    s = np.asarray(scores, dtype=np.float64)
    pos, neg = np.sort(s[y]), np.sort(s[~y])
    # for each positive: number of negatives strictly below it
    below = np.searchsorted(neg, pos, side="left")
    return float(below.sum() / (pos.size * neg.size))
