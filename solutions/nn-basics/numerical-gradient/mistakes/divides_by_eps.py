# Wrong: the two evaluations are 2 * eps apart, but the difference is divided by eps (gradient doubled).
import numpy as np


def f(kind, x, params):
    if kind == "cubic":
        return np.sum(params * x**3)
    if kind == "quadratic_form":
        return x @ params @ x
    return np.log(np.sum(np.exp(params * x)))


def numerical_gradient(kind, x, params, eps=1e-5):
    x = x.astype(np.float64)
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"])
    for _ in it:
        idx = it.multi_index
        old = x[idx]
        x[idx] = old + eps
        f_plus = f(kind, x, params)
        x[idx] = old - eps
        f_minus = f(kind, x, params)
        x[idx] = old
        grad[idx] = (f_plus - f_minus) / eps
    return grad
