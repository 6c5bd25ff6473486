"""Reference solution: one bias-corrected Adam step (Kingma & Ba, 2015; PyTorch's torch.optim.Adam)."""

import numpy as np


def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    """Return (new_param, new_m, new_v); t is the 1-based step number; inputs are not modified.

    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad**2
    m_hat = m / (1 - beta1**t); v_hat = v / (1 - beta2**t)
    param = param - lr * m_hat / (sqrt(v_hat) + eps)
    The returned m and v are the raw (uncorrected) moments: they are the state for the next step.
    """
    m_new = beta1 * m + (1.0 - beta1) * grad
    v_new = beta2 * v + (1.0 - beta2) * (grad * grad)
    m_hat = m_new / (1.0 - beta1 ** t)
    v_hat = v_new / (1.0 - beta2 ** t)
    p_new = param - lr * m_hat / (np.sqrt(v_hat) + eps)
    return p_new, m_new, v_new
