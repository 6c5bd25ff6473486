"""Reference solution: one AdamW step (decoupled weight decay, as in torch.optim.AdamW)."""

import numpy as np


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
               weight_decay=0.01):
    """Return (new_param, new_m, new_v); t = 1 for the first update; inputs are not modified.

    param = param * (1 - lr * weight_decay)          # decay the PRE-update weights
    m, v  = the Adam moments of the raw gradient      # weight decay never enters m or v
    param = param - lr * m_hat / (sqrt(v_hat) + eps)
    """
    m_new = beta1 * m + (1.0 - beta1) * grad
    v_new = beta2 * v + (1.0 - beta2) * (grad * grad)
    m_hat = m_new / (1.0 - beta1 ** t)
    v_hat = v_new / (1.0 - beta2 ** t)
    p_new = param * (1.0 - lr * weight_decay)
    p_new = p_new - lr * m_hat / (np.sqrt(v_hat) + eps)
    return p_new, m_new, v_new
