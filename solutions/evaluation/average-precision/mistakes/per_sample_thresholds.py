# Wrong: one precision/recall point per sample, so tied scores are split by their input order.
import numpy as np


def average_precision(y_true, scores):
    y = np.asarray(y_true).astype(np.float64)
    s = np.asarray(scores, dtype=np.float64)
    order = np.argsort(-s, kind="stable")
    y = y[order]
    tp = np.cumsum(y)
    precision = tp / np.arange(1, y.size + 1)
    # mean of the precision at the rank of every positive
    return float(np.sum(precision * y) / y.sum())
