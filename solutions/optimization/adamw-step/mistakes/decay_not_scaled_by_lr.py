# Wrong: decays by weight_decay * param without the lr factor (PyTorch's AdamW uses param * (1 - lr * weight_decay)).
import numpy as np


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
               weight_decay=0.01):
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad ** 2
    m_hat = m / (1 - beta1 ** t)
    v_hat = v / (1 - beta2 ** t)
    p = param - weight_decay * param
    return p - lr * m_hat / (np.sqrt(v_hat) + eps), m, v
