# Wrong: a one-sided (forward) difference (f(x + eps) - f(x)) / eps has O(eps) error, not O(eps^2).
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
    fx = f(kind, x, params)
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + eps
        grad[idx] = (f(kind, x, params) - fx) / eps
        x[idx] = old
    return grad
