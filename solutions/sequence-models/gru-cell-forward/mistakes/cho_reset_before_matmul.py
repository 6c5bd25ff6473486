# Wrong: Cho et al.'s variant n = tanh(gx_n + (r * h_prev) @ Wh_n + b_hn), not PyTorch's r * (h_prev @ Wh_n + b_hn).
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def gru_cell_forward(x, h_prev, Wx, Wh, b, bh):
    H = h_prev.shape[1]
    gx = x @ Wx + b
    r = sigmoid(gx[:, :H] + h_prev @ Wh[:, :H] + bh[:H])
    z = sigmoid(gx[:, H:2 * H] + h_prev @ Wh[:, H:2 * H] + bh[H:2 * H])
    n = np.tanh(gx[:, 2 * H:] + (r * h_prev) @ Wh[:, 2 * H:] + bh[2 * H:])
    return (1 - z) * n + z * h_prev
