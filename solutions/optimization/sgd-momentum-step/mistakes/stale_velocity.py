# Wrong: moves the parameters with the OLD velocity and only then updates the buffer (wrong order of operations).
import numpy as np


def sgd_momentum_step(param, grad, velocity, lr=0.01, momentum=0.9, weight_decay=0.0):
    g = grad + weight_decay * param
    p = param - lr * velocity
    v = momentum * velocity + g
    return p, v
