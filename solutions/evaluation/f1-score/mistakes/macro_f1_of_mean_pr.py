# Wrong: "macro F1" as the harmonic mean of macro precision and macro recall, not the mean of per-label F1.
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
    fp = np.sum(~t & p, axis=0)
    fn = np.sum(t & ~p, axis=0)
    if average == "micro":
        d = 2 * tp.sum() + fp.sum() + fn.sum()
        return 0.0 if d == 0 else 2.0 * tp.sum() / d
    prec = np.mean(np.divide(tp, tp + fp, out=np.zeros_like(tp), where=(tp + fp) > 0))
    rec = np.mean(np.divide(tp, tp + fn, out=np.zeros_like(tp), where=(tp + fn) > 0))
    return 0.0 if prec + rec == 0 else float(2 * prec * rec / (prec + rec))
