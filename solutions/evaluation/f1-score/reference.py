"""Reference solution: binary, macro and micro F1 from integer label arrays."""

import numpy as np


def f1_score(y_true, y_pred, average="binary"):
    """F1 = 2TP / (2TP + FP + FN) (0 when the denominator is 0); inputs are not modified."""
    y_true = np.asarray(y_true)
    y_pred = np.asarray(y_pred)
    if average == "binary":
        t, p = y_true == 1, y_pred == 1
        tp = np.count_nonzero(t & p)
        fp = np.count_nonzero(~t & p)
        fn = np.count_nonzero(t & ~p)
        denom = 2 * tp + fp + fn
        return 0.0 if denom == 0 else 2.0 * tp / denom
    # Labels present in either array, mapped to 0..L-1 so bincount can count per label.
    labels, inv = np.unique(np.concatenate([y_true, y_pred]), return_inverse=True)
    inv = inv.reshape(-1)
    n, n_labels = y_true.size, labels.size
    ti, pi = inv[:n], inv[n:]
    hit = ti == pi
    tp = np.bincount(ti[hit], minlength=n_labels).astype(np.float64)
    pred_count = np.bincount(pi, minlength=n_labels)   # TP + FP per label
    true_count = np.bincount(ti, minlength=n_labels)   # TP + FN per label
    if average == "micro":
        denom = pred_count.sum() + true_count.sum()     # = 2TP + FP + FN, pooled
        return 0.0 if denom == 0 else 2.0 * tp.sum() / denom
    if average == "macro":
        denom = (pred_count + true_count).astype(np.float64)
        f1 = np.divide(2.0 * tp, denom, out=np.zeros(n_labels), where=denom > 0)
        return float(f1.mean())
    raise ValueError(f"unknown average: {average!r}")
