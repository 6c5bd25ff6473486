# Wrong: ignores the eps argument and picks its own "optimal" step sqrt(machine eps) * max(1, |x_i|).
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
        old = x[idx]
        h = np.sqrt(np.finfo(np.float64).eps) * max(1.0, abs(old))
        x[idx] = old + h
        f_plus = f(kind, x, params)
        x[idx] = old - h
        f_minus = f(kind, x, params)
        x[idx] = old
        grad[idx] = (f_plus - f_minus) / (2 * h)
    return grad
