# Wrong: multiplies the previous state by Wh.T (column-vector habit) instead of h @ Wh.
import numpy as np


def rnn_forward(x, h0, Wx, Wh, b):
    N, T, D = x.shape
    hs = np.zeros((N, T, h0.shape[1]))
    h = h0
    for t in range(T):
        h = np.tanh(x[:, t] @ Wx + h @ Wh.T + b)
        hs[:, t] = h
    return hs
