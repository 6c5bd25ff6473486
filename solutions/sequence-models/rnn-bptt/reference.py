"""Reference solution: full backpropagation through time for a vanilla tanh RNN."""

import numpy as np


def rnn_forward(x, h0, Wx, Wh, b):
    """x (N, T, D), h0 (N, H), Wx (D, H), Wh (H, H), b (H,) -> hs (N, T, H)."""
    N, T, _ = x.shape
    xw = x @ Wx + b
    hs = np.empty((N, T, h0.shape[1]), dtype=np.result_type(x, h0, Wx, Wh, b))
    h = h0
    for t in range(T):
        h = np.tanh(xw[:, t] + h @ Wh)
        hs[:, t] = h
    return hs


def rnn_bptt(dhs, x, h0, Wx, Wh, b):
    """Gradients of sum(dhs * rnn_forward(x, h0, Wx, Wh, b)).

    Returns (dx (N, T, D), dh0 (N, H), dWx (D, H), dWh (H, H), db (H,)).
    """
    N, T, _ = x.shape
    hs = rnn_forward(x, h0, Wx, Wh, b)
    # prev[:, t] = h_{t-1}: the state that was multiplied by Wh at step t.
    prev = np.concatenate([h0[:, None, :], hs[:, :-1]], axis=1)
    da = np.empty_like(hs)  # gradient w.r.t. the pre-activation a_t at every step
    dh_next = np.zeros_like(h0, dtype=hs.dtype)  # gradient flowing back from step t+1
    for t in range(T - 1, -1, -1):
        dh = dhs[:, t] + dh_next  # h_t feeds both the output at t and step t+1
        da[:, t] = dh * (1.0 - hs[:, t] ** 2)  # tanh'(a) = 1 - tanh(a)^2 = 1 - h_t^2
        dh_next = da[:, t] @ Wh.T
    dh0 = dh_next
    # The parameter gradients sum over batch and time: one matmul each over all N*T rows.
    H, D = hs.shape[2], x.shape[2]
    da2 = da.reshape(-1, H)
    dx = da @ Wx.T
    dWx = x.reshape(-1, D).T @ da2
    dWh = prev.reshape(-1, H).T @ da2
    db = da2.sum(axis=0)
    return dx, dh0, dWx, dWh, db
