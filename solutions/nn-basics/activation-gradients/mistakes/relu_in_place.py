# Wrong: y = x is not a copy, so zeroing the negatives also overwrites the caller's input array.
import numpy as np


def activation_gradients(x, name):
    if name == "sigmoid":
        y = 1.0 / (1.0 + np.exp(-x))
        d = y * (1 - y)
    elif name == "tanh":
        y = np.tanh(x)
        d = 1 - y**2
    elif name == "relu":
        d = (x > 0).astype(float)
        y = x
        y[y < 0] = 0
    else:
        c = np.sqrt(2 / np.pi)
        t = np.tanh(c * (x + 0.044715 * x**3))
        y = 0.5 * x * (1 + t)
        d = 0.5 * (1 + t) + 0.5 * x * (1 - t**2) * c * (1 + 3 * 0.044715 * x**2)
    return y, d
