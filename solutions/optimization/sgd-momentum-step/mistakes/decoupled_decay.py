# Wrong: applies weight decay directly to the parameters (decoupled) instead of adding weight_decay * param to the gradient.
import numpy as np


def sgd_momentum_step(param, grad, velocity, lr=0.01, momentum=0.9, weight_decay=0.0):
    v = momentum * velocity + grad
    p = param - lr * v - lr * weight_decay * param
    return p, v
