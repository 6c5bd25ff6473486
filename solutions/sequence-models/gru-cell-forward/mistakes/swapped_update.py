# Wrong: h = z * n + (1 - z) * h_prev swaps the roles of z and 1 - z.
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gru_cell_forward(x, h_prev, Wx, Wh, b, bh):
    H = h_prev.shape[1]
    gx = x @ Wx + b
    gh = h_prev @ Wh + bh
    r = sigmoid(gx[:, :H] + gh[:, :H])
    z = sigmoid(gx[:, H:2 * H] + gh[:, H:2 * H])
    n = np.tanh(gx[:, 2 * H:] + r * gh[:, 2 * H:])
    return z * n + (1 - z) * h_prev
