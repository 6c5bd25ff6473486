# Wrong: reshape(N, H, 4) interleaves the gates column by column instead of taking consecutive blocks of H.
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def lstm_cell_forward(x, h_prev, c_prev, Wx, Wh, b):
    N, H = h_prev.shape
    a = (x @ Wx + h_prev @ Wh + b).reshape(N, H, 4)
    i, f, o = sigmoid(a[..., 0]), sigmoid(a[..., 1]), sigmoid(a[..., 2])
    g = np.tanh(a[..., 3])
    c = f * c_prev + i * g
    h = o * np.tanh(c)
    return h, c
