# Wrong: never puts x[idx] back after the two evaluations, so later elements are probed at a shifted point.
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
    for idx in np.ndindex(x.shape):
        x[idx] += eps
        f_plus = f(kind, x, params)
        x[idx] -= 2 * eps
        f_minus = f(kind, x, params)
        grad[idx] = (f_plus - f_minus) / (2 * eps)
    return grad
