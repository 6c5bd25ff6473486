# Wrong: averages |acc - conf| over non-empty bins equally instead of weighting by |B|/N.
import numpy as np


def expected_calibration_error(probs, labels, n_bins=10):
    conf = probs.max(axis=1)
    correct = (probs.argmax(axis=1) == labels).astype(float)
    b = np.clip(np.ceil(conf * n_bins).astype(int) - 1, 0, n_bins - 1)
    cnt = np.bincount(b, minlength=n_bins)
    s_acc = np.bincount(b, weights=correct, minlength=n_bins)
    s_conf = np.bincount(b, weights=conf, minlength=n_bins)
    nz = cnt > 0
    return float(np.mean(np.abs(s_acc[nz] / cnt[nz] - s_conf[nz] / cnt[nz])))
