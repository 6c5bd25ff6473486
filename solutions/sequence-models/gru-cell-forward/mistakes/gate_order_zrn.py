# Wrong: reads the chunks in the order z, r, n instead of r, z, n.
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gru_cell_forward(x, h_prev, Wx, Wh, b, bh):
    H = h_prev.shape[1]
    gx = x @ Wx + b
    gh = h_prev @ Wh + bh
    z = sigmoid(gx[:, :H] + gh[:, :H])
    r = sigmoid(gx[:, H:2 * H] + gh[:, H:2 * H])
    n = np.tanh(gx[:, 2 * H:] + r * gh[:, 2 * H:])
    return (1 - z) * n + z * h_prev
