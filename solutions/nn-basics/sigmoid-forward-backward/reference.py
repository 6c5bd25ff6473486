"""Reference solution: the logistic sigmoid and its backward pass, stable for any x."""

import numpy as np


def sigmoid(x):
    """Elementwise 1 / (1 + exp(-x)) without overflow; keeps the float dtype of `x`."""
    x = np.asarray(x)
    # exp(-|x|) lies in (0, 1], so it can never overflow. For x >= 0 use 1 / (1 + e^-x);
    # for x < 0 use the equivalent e^x / (1 + e^x). Both branches divide by a number in
    # [1, 2], so y stays in [0, 1] with full relative precision (e.g. sigmoid(-30) ~ 9.4e-14).
    z = np.exp(-np.abs(x))
    y = np.where(x >= 0, 1.0, z)  # the numerator: 1 where x >= 0, e^x where x < 0
    y /= 1.0 + z  # in place: y is a fresh array
    return y


def sigmoid_forward_backward(x, dout):
    """Return (y, dx): y = sigmoid(x) and dx = dout * y * (1 - y), both shaped like x."""
    y = sigmoid(x)
    # d sigmoid / dx = sigmoid(x) * (1 - sigmoid(x)): reuse the forward output (what a layer
    # caches for backprop), then apply the chain rule with the upstream gradient dout.
    dx = dout * y * (1.0 - y)
    return y, dx
