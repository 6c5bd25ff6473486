# Wrong: no gradient is carried from step t+1 back into h_t, so each step only sees its own dhs (not BPTT).
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
    dh0 = np.zeros_like(h0)
    for t in reversed(range(T)):
        h_prev = hs[:, t - 1] if t > 0 else h0
        da = dhs[:, t] * (1 - hs[:, t] ** 2)
        dx[:, t] = da @ Wx.T
        dWx += x[:, t].T @ da
        dWh += h_prev.T @ da
        db += da.sum(axis=0)
        if t == 0:
            dh0 = da @ Wh.T
    return dx, dh0, dWx, dWh, db
