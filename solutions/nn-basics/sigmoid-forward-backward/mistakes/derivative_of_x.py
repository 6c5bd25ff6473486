# Wrong: applies the formula s * (1 - s) to the input x instead of to the output y = sigmoid(x).
import numpy as np


def sigmoid_forward_backward(x, dout):
    z = np.exp(-np.abs(x))
    y = np.where(x >= 0, 1.0 / (1.0 + z), z / (1.0 + z))
    dx = dout * x * (1 - x)
    return y, dx
