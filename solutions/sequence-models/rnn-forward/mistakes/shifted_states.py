# Wrong: stores the state before the update, so the output is [h0, h_0, ..., h_{T-2}] (off by one step).
import numpy as np


def rnn_forward(x, h0, Wx, Wh, b):
    N, T, D = x.shape
    hs = np.zeros((N, T, h0.shape[1]))
    h = h0
    for t in range(T):
        hs[:, t] = h
        h = np.tanh(x[:, t] @ Wx + h @ Wh + b)
    return hs
