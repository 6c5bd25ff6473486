# Wrong: ordinal ranks from argsort(argsort) break ties by position instead of averaging them.
import numpy as np


def roc_auc(y_true, scores):
    y = np.asarray(y_true).astype(bool)
    s = np.asarray(scores, dtype=np.float64)
    ranks = np.argsort(np.argsort(s, kind="stable"), kind="stable") + 1
    n_pos = y.sum()
    n_neg = y.size - n_pos
    return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
