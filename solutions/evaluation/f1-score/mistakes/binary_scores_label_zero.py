# Wrong: in binary mode treats the majority/first label (0) as positive because np.unique sorts it first.
import numpy as np


def f1_score(y_true, y_pred, average="binary"):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    labels = np.union1d(y_true, y_pred)
    t = y_true[:, None] == labels[None, :]
    p = y_pred[:, None] == labels[None, :]
    tp = np.sum(t & p, axis=0).astype(float)
    fp = np.sum(~t & p, axis=0)
    fn = np.sum(t & ~p, axis=0)
    d = 2 * tp + fp + fn
    f1 = np.divide(2 * tp, d, out=np.zeros_like(tp), where=d > 0)
    if average == "binary":
        return float(f1[0])
    if average == "micro":
        return float(2 * tp.sum() / (2 * tp.sum() + fp.sum() + fn.sum()))
    return float(f1.mean())
