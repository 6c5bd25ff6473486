# Wrong: "micro" weights per-label F1 by support (that is 'weighted' averaging), instead of pooling TP/FP/FN.
import numpy as np


def f1_score(y_true, y_pred, average="binary"):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if average == "binary":
        t, p = y_true == 1, y_pred == 1
        tp, fp, fn = np.sum(t & p), np.sum(~t & p), np.sum(t & ~p)
        d = 2 * tp + fp + fn
        return 0.0 if d == 0 else 2.0 * tp / d
    labels = np.union1d(y_true, y_pred)
    t = y_true[:, None] == labels[None, :]
    p = y_pred[:, None] == labels[None, :]
    tp = np.sum(t & p, axis=0).astype(float)
    d = 2 * tp + np.sum(~t & p, axis=0) + np.sum(t & ~p, axis=0)
    f1 = np.divide(2 * tp, d, out=np.zeros_like(tp), where=d > 0)
    if average == "micro":
        support = np.sum(t, axis=0)
        return float(np.sum(f1 * support) / support.sum())
    return float(f1.mean())
