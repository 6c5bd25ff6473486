# Wrong: macro-averages only over the labels in y_true, ignoring labels that appear only in y_pred.
import numpy as np


def _f1(tp, fp, fn):
    d = 2 * tp + fp + fn
    return 0.0 if d == 0 else 2.0 * tp / d


def f1_score(y_true, y_pred, average="binary"):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if average == "binary":
        t, p = y_true == 1, y_pred == 1
        return _f1(np.sum(t & p), np.sum(~t & p), np.sum(t & ~p))
    labels = np.unique(y_true)
    counts = []
    for c in labels:
        t, p = y_true == c, y_pred == c
        counts.append((np.sum(t & p), np.sum(~t & p), np.sum(t & ~p)))
    if average == "micro":
        tp, fp, fn = np.sum(counts, axis=0)
        return _f1(tp, fp, fn)
    return float(np.mean([_f1(*c) for c in counts]))
