# Wrong: loops over len(x), so for a 2-D x it perturbs a whole row at once instead of each element.
import numpy as np


def f(kind, x, params):
    if kind == "cubic":
        return np.sum(params * x**3)
    if kind == "quadratic_form":
        return x @ params @ x
    return np.log(np.sum(np.exp(params * x)))


def numerical_gradient(kind, x, params, eps=1e-5):
    x = x.copy()
    grad = np.zeros_like(x)
    for i in range(len(x)):
        old = x[i].copy()
        x[i] = old + eps
        f_plus = f(kind, x, params)
        x[i] = old - eps
        f_minus = f(kind, x, params)
        x[i] = old
        grad[i] = (f_plus - f_minus) / (2 * eps)
    return grad
