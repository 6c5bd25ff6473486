# Wrong: uses an EMA buffer v = momentum * v + (1 - momentum) * g (dampening), not PyTorch's v = momentum * v + g.
import numpy as np


def sgd_momentum_step(param, grad, velocity, lr=0.01, momentum=0.9, weight_decay=0.0):
    g = grad + weight_decay * param
    v = momentum * velocity + (1 - momentum) * g
    return param - lr * v, v
