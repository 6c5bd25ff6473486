# Wrong: updates velocity and param in place (`*=`, `+=`, `-=`), modifying the caller's arrays.
import numpy as np


def sgd_momentum_step(param, grad, velocity, lr=0.01, momentum=0.9, weight_decay=0.0):
    velocity *= momentum
    velocity += grad + weight_decay * param
    param -= lr * velocity
    return param, velocity
