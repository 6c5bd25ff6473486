# Wrong: sigmoid(x) = (1 + tanh(x / 2)) / 2; this forgets to halve x inside tanh.
import numpy as np


def sigmoid_forward_backward(x, dout):
    y = 0.5 * (1 + np.tanh(x))
    dx = dout * y * (1 - y)
    return y, dx
