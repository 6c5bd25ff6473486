# Wrong: softmax without subtracting the row maximum overflows (inf/inf = NaN) for large logits.
import numpy as np


def _softmax(z):
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def distillation_loss(student_logits, teacher_logits, labels, temperature=2.0, alpha=0.5):
    T = temperature
    n = student_logits.shape[0]
    p = _softmax(teacher_logits / T)
    q = _softmax(student_logits / T)
    kl = np.sum(p * (np.log(p) - np.log(q))) / n
    ce = -np.mean(np.log(_softmax(student_logits)[np.arange(n), labels]))
    return float(alpha * T * T * kl + (1 - alpha) * ce)
