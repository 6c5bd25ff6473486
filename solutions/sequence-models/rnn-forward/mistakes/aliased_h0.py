# Wrong: `h = h0` aliases the caller's array, and `np.tanh(..., out=h)` then overwrites h0 in place.
import numpy as np


def rnn_forward(x, h0, Wx, Wh, b):
    N, T, D = x.shape
    hs = np.empty((N, T, h0.shape[1]))
    h = h0
    for t in range(T):
        np.tanh(x[:, t] @ Wx + h @ Wh + b, out=h)
        hs[:, t] = h
    return hs
