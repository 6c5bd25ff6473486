# Wrong: b_hn is added outside the reset gate (merged with b_in), so r does not scale it.
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gru_cell_forward(x, h_prev, Wx, Wh, b, bh):
    H = h_prev.shape[1]
    a = x @ Wx + b + bh  # merge both biases up front
    hw = h_prev @ Wh
    r = sigmoid(a[:, :H] + hw[:, :H])
    z = sigmoid(a[:, H:2 * H] + hw[:, H:2 * H])
    n = np.tanh(a[:, 2 * H:] + r * hw[:, 2 * H:])
    return (1 - z) * n + z * h_prev
