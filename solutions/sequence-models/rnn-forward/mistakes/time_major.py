# Wrong: indexes x[t] as if x were time-major (T, N, D); with N == T it silently mixes up sequences and steps.
import numpy as np


def rnn_forward(x, h0, Wx, Wh, b):
    N, T, D = x.shape
    hs = np.zeros((N, T, h0.shape[1]))
    h = h0
    for t in range(T):
        h = np.tanh(x[t] @ Wx + h @ Wh + b)
        hs[:, t] = h
    return hs
