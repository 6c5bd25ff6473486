# Wrong: np.mean over the whole (N, C) array divides the KL by N*C instead of N (a "batchmean" mix-up).
import numpy as np


def _log_softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def distillation_loss(student_logits, teacher_logits, labels, temperature=2.0, alpha=0.5):
    T = temperature
    n = student_logits.shape[0]
    log_p = _log_softmax(teacher_logits / T)
    log_q = _log_softmax(student_logits / T)
    kl = np.mean(np.exp(log_p) * (log_p - log_q))
    ce = -np.mean(_log_softmax(student_logits)[np.arange(n), labels])
    return float(alpha * T * T * kl + (1 - alpha) * ce)
