# Wrong: a hand-written tanh (e^a - e^-a) / (e^a + e^-a) overflows to inf/inf = nan for large pre-activations.
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def tanh(a):
    return (np.exp(a) - np.exp(-a)) / (np.exp(a) + np.exp(-a))


def lstm_cell_forward(x, h_prev, c_prev, Wx, Wh, b):
    H = h_prev.shape[1]
    a = x @ Wx + h_prev @ Wh + b
    i, f, o = sigmoid(a[:, :H]), sigmoid(a[:, H:2 * H]), sigmoid(a[:, 2 * H:3 * H])
    g = tanh(a[:, 3 * H:])
    c = f * c_prev + i * g
    h = o * tanh(c)
    return h, c
