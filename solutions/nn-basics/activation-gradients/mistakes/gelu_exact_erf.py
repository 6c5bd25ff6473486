# Wrong: uses the exact erf GELU; the problem asks for the tanh approximation (they differ by up to ~5e-4).
import math

import numpy as np

_erf = np.vectorize(math.erf)


def activation_gradients(x, name):
    if name == "sigmoid":
        y = 1.0 / (1.0 + np.exp(-x))
        d = y * (1 - y)
    elif name == "tanh":
        y = np.tanh(x)
        d = 1 - y**2
    elif name == "relu":
        y = np.maximum(x, 0)
        d = (x > 0).astype(float)
    else:
        cdf = 0.5 * (1 + _erf(x / math.sqrt(2)))
        pdf = np.exp(-0.5 * x**2) / math.sqrt(2 * math.pi)
        y = x * cdf
        d = cdf + x * pdf
    return y, d
