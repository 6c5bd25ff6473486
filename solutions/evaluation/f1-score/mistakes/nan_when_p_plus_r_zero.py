# Wrong: computes F1 as 2PR/(P+R) with unguarded divisions, giving NaN (not 0) when TP = 0.
import numpy as np


def _f1(tp, fp, fn):
    with np.errstate(all="ignore"):
        precision = np.float64(tp) / (tp + fp)
        recall = np.float64(tp) / (tp + fn)
        return 2 * precision * recall / (precision + recall)


def f1_score(y_true, y_pred, average="binary"):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if average == "binary":
        t, p = y_true == 1, y_pred == 1
        return float(_f1(np.sum(t & p), np.sum(~t & p), np.sum(t & ~p)))
    labels = np.union1d(y_true, y_pred)
    tps, fps, fns = [], [], []
    for c in labels:
        t, p = y_true == c, y_pred == c
        tps.append(np.sum(t & p)); fps.append(np.sum(~t & p)); fns.append(np.sum(t & ~p))
    if average == "micro":
        return float(_f1(sum(tps), sum(fps), sum(fns)))
    return float(np.mean([_f1(a, b, c) for a, b, c in zip(tps, fps, fns)]))
