"""Reference solution: expected calibration error with equal-width, right-closed bins."""

import numpy as np


def expected_calibration_error(probs, labels, n_bins=10):
    """ECE = sum_b |B_b|/N * |acc(B_b) - conf(B_b)|; bin b = (b/n_bins, (b+1)/n_bins], 0 -> bin 0."""
    probs = np.asarray(probs, dtype=np.float64)
    labels = np.asarray(labels).reshape(-1)
    n = labels.size
    pred = np.argmax(probs, axis=1)                    # first maximum on ties
    conf = probs[np.arange(n), pred]
    correct = (pred == labels).astype(np.float64)
    # Right-closed bins: c in (b/n, (b+1)/n]  <=>  b = ceil(c * n) - 1; c = 0 goes to bin 0.
    b = np.clip(np.ceil(conf * n_bins).astype(np.int64) - 1, 0, n_bins - 1)
    count = np.bincount(b, minlength=n_bins)
    gap = np.abs(np.bincount(b, weights=correct, minlength=n_bins)
                 - np.bincount(b, weights=conf, minlength=n_bins))
    # |B|/N * |acc - conf| = |sum(correct) - sum(conf)| / N; empty bins give 0 - 0 = 0.
    return float(gap.sum() / n) if count.any() else 0.0
