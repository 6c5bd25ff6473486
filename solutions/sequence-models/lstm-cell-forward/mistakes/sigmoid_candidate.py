# Wrong: applies the sigmoid to all four chunks, so the candidate g lies in (0, 1) instead of (-1, 1).
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def lstm_cell_forward(x, h_prev, c_prev, Wx, Wh, b):
    H = h_prev.shape[1]
    gates = sigmoid(x @ Wx + h_prev @ Wh + b)
    i, f, o, g = gates[:, :H], gates[:, H:2 * H], gates[:, 2 * H:3 * H], gates[:, 3 * H:]
    c = f * c_prev + i * g
    h = o * np.tanh(c)
    return h, c
