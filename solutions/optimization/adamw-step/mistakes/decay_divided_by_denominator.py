# Wrong: puts the decay term inside the adaptive ratio, lr * (m_hat + wd * p) / (sqrt(v_hat) + eps), which couples it to v again.
import numpy as np


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
               weight_decay=0.01):
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad ** 2
    m_hat = m / (1 - beta1 ** t)
    v_hat = v / (1 - beta2 ** t)
    return param - lr * (m_hat + weight_decay * param) / (np.sqrt(v_hat) + eps), m, v
