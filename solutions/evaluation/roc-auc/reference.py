"""Reference solution: ROC AUC as the normalised Mann-Whitney U statistic (average ranks)."""

import numpy as np


def roc_auc(y_true, scores):
    """P(score of a random positive > random negative) + 0.5 P(tie); O(n log n); inputs untouched."""
    y = np.asarray(y_true).astype(bool).reshape(-1)
    s = np.asarray(scores, dtype=np.float64).reshape(-1)
    n_pos = np.count_nonzero(y)
    n_neg = y.size - n_pos
    # Average 1-based ranks: every member of a group of tied scores gets the mean of the ranks
    # the group occupies, which is what makes a positive-negative tie count one half.
    uniq, inv, counts = np.unique(s, return_inverse=True, return_counts=True)
    ends = np.cumsum(counts)                      # last 1-based rank of each group
    avg_rank = ends - (counts - 1) / 2.0
    rank_sum = avg_rank[inv.reshape(-1)][y].sum()
    u = rank_sum - n_pos * (n_pos + 1) / 2.0      # Mann-Whitney U of the positives
    return float(u / (n_pos * n_neg))
