# Wrong: trapezoid over the ROC points at distinct thresholds but forgets the (0, 0) starting point.
import numpy as np


def roc_auc(y_true, scores):
    y = np.asarray(y_true).astype(np.float64)
    s = np.asarray(scores, dtype=np.float64)
    order = np.argsort(-s, kind="stable")
    s, y = s[order], y[order]
    last = np.r_[np.nonzero(np.diff(s))[0], s.size - 1]   # last index of each tie group
    tps = np.cumsum(y)[last]
    fps = (last + 1) - tps
    tpr, fpr = tps / tps[-1], fps / fps[-1]
    return float(np.sum(np.diff(fpr) * (tpr[1:] + tpr[:-1]) / 2))
