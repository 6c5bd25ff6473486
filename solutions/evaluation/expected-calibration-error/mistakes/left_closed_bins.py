# Wrong: left-closed bins [b/n, (b+1)/n) via floor, so a confidence on an edge lands in the next bin.
import numpy as np


def expected_calibration_error(probs, labels, n_bins=10):
    conf = probs.max(axis=1)
    correct = (probs.argmax(axis=1) == labels).astype(float)
    b = np.minimum((conf * n_bins).astype(int), n_bins - 1)
    n = len(labels)
    cnt = np.bincount(b, minlength=n_bins)
    s_acc = np.bincount(b, weights=correct, minlength=n_bins)
    s_conf = np.bincount(b, weights=conf, minlength=n_bins)
    nz = cnt > 0
    return float(np.sum(cnt[nz] / n * np.abs(s_acc[nz] / cnt[nz] - s_conf[nz] / cnt[nz])))
