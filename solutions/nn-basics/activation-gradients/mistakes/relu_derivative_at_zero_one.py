# Wrong: (x >= 0) makes ReLU'(0) = 1; the stated convention is ReLU'(0) = 0.
import numpy as np


def activation_gradients(x, name):
    if name == "sigmoid":
        y = 1.0 / (1.0 + np.exp(-x))
        d = y * (1 - y)
    elif name == "tanh":
        y = np.tanh(x)
        d = 1 - y**2
    elif name == "relu":
        y = np.maximum(x, 0)
        d = (x >= 0).astype(float)
    else:
        c = np.sqrt(2 / np.pi)
        t = np.tanh(c * (x + 0.044715 * x**3))
        y = 0.5 * x * (1 + t)
        d = 0.5 * (1 + t) + 0.5 * x * (1 - t**2) * c * (1 + 3 * 0.044715 * x**2)
    return y, d
