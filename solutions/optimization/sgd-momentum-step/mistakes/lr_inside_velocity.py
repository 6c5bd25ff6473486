# Wrong: the other convention v = momentum * v - lr * g; p = p + v, which stores lr inside the buffer (the returned velocity differs).
import numpy as np


def sgd_momentum_step(param, grad, velocity, lr=0.01, momentum=0.9, weight_decay=0.0):
    g = grad + weight_decay * param
    v = momentum * velocity - lr * g
    return param + v, v
