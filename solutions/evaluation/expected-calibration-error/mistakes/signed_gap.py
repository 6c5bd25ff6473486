# Wrong: drops the absolute value, so over- and under-confident bins cancel out.
import numpy as np


def expected_calibration_error(probs, labels, n_bins=10):
    n = len(labels)
    conf = probs.max(axis=1)
    correct = (probs.argmax(axis=1) == labels).astype(float)
    b = np.clip(np.ceil(conf * n_bins).astype(int) - 1, 0, n_bins - 1)
    s_acc = np.bincount(b, weights=correct, minlength=n_bins)
    s_conf = np.bincount(b, weights=conf, minlength=n_bins)
    return float(abs(np.sum(s_acc - s_conf)) / n)
