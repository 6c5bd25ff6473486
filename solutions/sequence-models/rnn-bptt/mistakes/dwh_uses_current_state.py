# Wrong: dWh uses the current state h_t instead of the previous state h_{t-1} (off by one step).
import numpy as np


def rnn_forward(x, h0, Wx, Wh, b):
    N, T, D = x.shape
    hs = np.zeros((N, T, h0.shape[1]))
    h = h0
    for t in range(T):
        h = np.tanh(x[:, t] @ Wx + h @ Wh + b)
        hs[:, t] = h
    return hs


def rnn_bptt(dhs, x, h0, Wx, Wh, b):
    N, T, D = x.shape
    hs = rnn_forward(x, h0, Wx, Wh, b)
    dx = np.zeros_like(x)
    dWx, dWh, db = np.zeros_like(Wx), np.zeros_like(Wh), np.zeros_like(b)
    dh_next = np.zeros_like(h0)
    for t in reversed(range(T)):
        da = (dhs[:, t] + dh_next) * (1 - hs[:, t] ** 2)
        dx[:, t] = da @ Wx.T
        dWx += x[:, t].T @ da
        dWh += hs[:, t].T @ da
        db += da.sum(axis=0)
        dh_next = da @ Wh.T
    return dx, dh_next, dWx, dWh, db
