"""Reference solution: a central-difference gradient checker for a few fixed scalar functions."""

import numpy as np


def scalar_function(kind, x, params):
    """The scalar functions of the problem, evaluated at float64 `x`."""
    if kind == "cubic":  # sum(params * x^3), params shaped like x
        return float(np.sum(params * (x * x * x)))
    if kind == "quadratic_form":  # x^T A x, x (n,), A = params (n, n), A not symmetric
        return float(x @ (params @ x))
    if kind == "logsumexp":  # log(sum(exp(params * x))) over all elements
        z = params * x
        m = z.max()
        return float(m + np.log(np.sum(np.exp(z - m))))
    raise ValueError(f"unknown kind {kind!r}")


def numerical_gradient(kind, x, params, eps=1e-5):
    """Central differences (f(x + eps e_i) - f(x - eps e_i)) / (2 eps) for every element i.

    Returns a float64 array shaped like `x`; the caller's `x` is never modified.
    """
    x = np.array(x, dtype=np.float64)  # a private copy: perturbing it cannot touch the input
    grad = np.empty_like(x)
    flat, gflat = x.reshape(-1), grad.reshape(-1)  # views of the contiguous copies
    for i in range(flat.size):  # the algorithm needs one pair of evaluations per element
        old = flat[i]
        flat[i] = old + eps
        f_plus = scalar_function(kind, x, params)
        flat[i] = old - eps
        f_minus = scalar_function(kind, x, params)
        flat[i] = old  # restore exactly (old + eps - eps need not equal old in floating point)
        gflat[i] = (f_plus - f_minus) / (2.0 * eps)
    return grad
