"""Reference solution: common activations and their elementwise derivatives."""

import numpy as np

GELU_C = np.sqrt(2.0 / np.pi)  # sqrt(2 / pi) in the tanh approximation of GELU
GELU_A = 0.044715


def _sigmoid(x):
    z = np.exp(-np.abs(x))  # in (0, 1]: never overflows
    y = np.where(x >= 0, 1.0, z)
    return y / (1.0 + z)


def activation_gradients(x, name):
    """Return (y, dydx) for name in {"sigmoid", "tanh", "relu", "gelu"}, elementwise.

    GELU is the tanh approximation 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))).
    ReLU'(0) = 0.
    """
    if name == "sigmoid":
        y = _sigmoid(x)
        d = y * (1.0 - y)
    elif name == "tanh":
        y = np.tanh(x)
        d = 1.0 - y * y  # tanh' = 1 - tanh^2, in terms of the output
    elif name == "relu":
        y = np.maximum(x, 0)
        d = (x > 0).astype(x.dtype)  # 1 where x > 0, 0 where x <= 0 (ReLU'(0) = 0)
    elif name == "gelu":
        x2 = x * x  # (x * x is much faster than x**3 via pow)
        t = np.tanh(GELU_C * x * (1.0 + GELU_A * x2))  # t = tanh(u), u = c (x + a x^3)
        y = 0.5 * x * (1.0 + t)
        # product rule: d/dx [0.5 x (1 + t)] = 0.5 (1 + t) + 0.5 x (1 - t^2) du/dx,
        # with du/dx = c (1 + 3 a x^2)
        du = GELU_C * (1.0 + 3.0 * GELU_A * x2)
        d = 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t * t) * du
    else:
        raise ValueError(f"unknown activation {name!r}")
    return y, d
