"""Reference solution: one step of SGD with (heavy-ball) momentum, PyTorch convention."""

import numpy as np


def sgd_momentum_step(param, grad, velocity, lr=0.01, momentum=0.9, weight_decay=0.0):
    """Return (new_param, new_velocity); the inputs are not modified.

    g = grad + weight_decay * param      (L2 penalty folded into the gradient)
    v = momentum * velocity + g          (no dampening, lr NOT inside the buffer)
    p = param - lr * v
    """
    param = np.asarray(param)
    g = grad + weight_decay * param          # new arrays: nothing is written in place
    v = momentum * velocity + g
    p = param - lr * v
    return p, v
