# Wrong: uses the paper's "efficient" form lr_t = lr*sqrt(1-b2^t)/(1-b1^t) with eps added to sqrt(v) (uncorrected), which moves eps.
import numpy as np


def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad ** 2
    lr_t = lr * np.sqrt(1 - beta2 ** t) / (1 - beta1 ** t)
    return param - lr_t * m / (np.sqrt(v) + eps), m, v
