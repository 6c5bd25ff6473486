# Wrong: log(softmax(x)) instead of a log-softmax: probabilities that underflow to 0 give log 0 = -inf.
import numpy as np


def _softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def distillation_loss(student_logits, teacher_logits, labels, temperature=2.0, alpha=0.5):
    T = temperature
    n = student_logits.shape[0]
    p = _softmax(teacher_logits / T)
    q = _softmax(student_logits / T)
    with np.errstate(divide="ignore", invalid="ignore"):
        kl = np.sum(np.where(p > 0, p * (np.log(p) - np.log(q)), 0.0)) / n
        ce = -np.mean(np.log(_softmax(student_logits)[np.arange(n), labels]))
    return float(alpha * T * T * kl + (1 - alpha) * ce)
