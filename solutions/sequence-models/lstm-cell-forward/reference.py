"""Reference solution: one step of an LSTM cell (gate order i, f, o, g)."""

import numpy as np


def _sigmoid(a):
    # exp(-|a|) is in (0, 1]: no overflow for any a.
    e = np.exp(-np.abs(a))
    return np.where(a >= 0, 1.0, e) / (1.0 + e)


def lstm_cell_forward(x, h_prev, c_prev, Wx, Wh, b):
    """x (N, D), h_prev/c_prev (N, H), Wx (D, 4H), Wh (H, 4H), b (4H,) -> (h, c), each (N, H)."""
    H = h_prev.shape[1]
    a = x @ Wx + h_prev @ Wh + b  # (N, 4H): [input | forget | output | candidate]
    i = _sigmoid(a[:, :H])
    f = _sigmoid(a[:, H:2 * H])
    o = _sigmoid(a[:, 2 * H:3 * H])
    g = np.tanh(a[:, 3 * H:])
    c = f * c_prev + i * g
    h = o * np.tanh(c)
    return h, c
