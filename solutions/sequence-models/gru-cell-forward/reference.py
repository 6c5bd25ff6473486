"""Reference solution: one step of a GRU cell in PyTorch's convention (gate order r, z, n)."""

import numpy as np


def _sigmoid(a):
    e = np.exp(-np.abs(a))
    return np.where(a >= 0, 1.0, e) / (1.0 + e)


def gru_cell_forward(x, h_prev, Wx, Wh, b, bh):
    """x (N, D), h_prev (N, H), Wx (D, 3H), Wh (H, 3H), b (3H,), bh (3H,) -> h (N, H)."""
    H = h_prev.shape[1]
    gx = x @ Wx + b  # (N, 3H): input parts  [r | z | n]
    gh = h_prev @ Wh + bh  # (N, 3H): hidden parts [r | z | n], including b_hn
    r = _sigmoid(gx[:, :H] + gh[:, :H])
    z = _sigmoid(gx[:, H:2 * H] + gh[:, H:2 * H])
    # The reset gate scales the whole hidden contribution of the candidate, bias b_hn included.
    n = np.tanh(gx[:, 2 * H:] + r * gh[:, 2 * H:])
    return (1.0 - z) * n + z * h_prev
