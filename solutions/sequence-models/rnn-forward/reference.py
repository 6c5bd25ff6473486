"""Reference solution: forward pass of a vanilla tanh RNN over a whole sequence."""

import numpy as np


def rnn_forward(x, h0, Wx, Wh, b):
    """x (N, T, D), h0 (N, H), Wx (D, H), Wh (H, H), b (H,) -> hs (N, T, H).

    h_t = tanh(x_t @ Wx + h_{t-1} @ Wh + b), with h_{-1} = h0; hs[:, t] = h_t.
    """
    x = np.asarray(x)
    N, T, _ = x.shape
    H = h0.shape[1]
    dtype = np.result_type(x, h0, Wx, Wh, b)
    # The input projection does not depend on the recurrence: do it for all time steps in one
    # matmul (N*T rows), then loop over time only for the part that does (h_{t-1} @ Wh).
    xw = x @ Wx + b  # (N, T, H), a new array
    hs = np.empty((N, T, H), dtype=dtype)
    h = h0
    for t in range(T):
        h = np.tanh(xw[:, t] + h @ Wh)
        hs[:, t] = h
    return hs
