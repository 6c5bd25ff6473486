# Wrong: uses the probability of the true class as the confidence instead of the max probability.
import numpy as np


def expected_calibration_error(probs, labels, n_bins=10):
    n = len(labels)
    conf = probs[np.arange(n), labels]
    correct = (probs.argmax(axis=1) == labels).astype(float)
    b = np.clip(np.ceil(conf * n_bins).astype(int) - 1, 0, n_bins - 1)
    s_acc = np.bincount(b, weights=correct, minlength=n_bins)
    s_conf = np.bincount(b, weights=conf, minlength=n_bins)
    return float(np.sum(np.abs(s_acc - s_conf)) / n)
