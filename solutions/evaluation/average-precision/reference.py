"""Reference solution: average precision as in scikit-learn (step-wise, distinct thresholds)."""

import numpy as np


def average_precision(y_true, scores):
    """AP = sum_n (R_n - R_{n-1}) P_n over distinct score thresholds, highest first; R_0 = 0."""
    y = np.asarray(y_true).astype(bool).reshape(-1)
    s = np.asarray(scores, dtype=np.float64).reshape(-1)
    order = np.argsort(-s, kind="stable")
    s_sorted, y_sorted = s[order], y[order]
    # Tied scores form one threshold: keep the last position of each run of equal scores.
    last = np.r_[np.flatnonzero(s_sorted[1:] != s_sorted[:-1]), s.size - 1]
    tps = np.cumsum(y_sorted)[last].astype(np.float64)   # TP at threshold "score >= t"
    precision = tps / (last + 1)                          # TP / (TP + FP)
    recall = tps / tps[-1]                                # TP / #positives
    return float(np.sum(np.diff(recall, prepend=0.0) * precision))
