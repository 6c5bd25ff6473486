"""Reference solution: Hinton-style knowledge-distillation loss, numerically stable."""

import numpy as np


def _log_softmax(z):
    shifted = z - np.max(z, axis=1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))


def distillation_loss(student_logits, teacher_logits, labels, temperature=2.0, alpha=0.5):
    """alpha * T^2 * KL(softmax(t/T) || softmax(s/T)) + (1 - alpha) * CE(softmax(s), labels).

    student_logits, teacher_logits: (N, C) floats; labels: (N,) ints in [0, C).
    Both terms are averaged over the batch. Returns a Python float.
    """
    s = np.asarray(student_logits, dtype=np.float64)
    t = np.asarray(teacher_logits, dtype=np.float64)
    labels = np.asarray(labels)
    T = float(temperature)
    n = s.shape[0]
    log_p = _log_softmax(t / T)          # teacher, softened
    log_q = _log_softmax(s / T)          # student, softened
    # KL(p || q) = sum p (log p - log q); log p is finite (stable log-softmax), so a p that
    # underflows to 0 contributes exactly 0.
    kl = np.sum(np.exp(log_p) * (log_p - log_q)) / n
    ce = -np.mean(_log_softmax(s)[np.arange(n), labels])  # hard labels at T = 1
    return float(alpha * T * T * kl + (1.0 - alpha) * ce)
