# Wrong: tracks the argmax with >=, so on ties the LAST maximum in row-major order gets the gradient instead of the first.
import numpy as np


def maxpool2d_backward(dout, x, size=2, stride=2):
    N, C, H, W = x.shape
    OH = (H - size) // stride + 1
    OW = (W - size) // stride + 1
    best = np.full((N, C, OH, OW), -np.inf)
    arg = np.zeros((N, C, OH, OW), dtype=int)
    for i in range(size):
        for j in range(size):
            v = x[:, :, i:i + stride * (OH - 1) + 1:stride, j:j + stride * (OW - 1) + 1:stride]
            better = v >= best
            best = np.where(better, v, best)
            arg = np.where(better, i * size + j, arg)
    dx = np.zeros_like(x)
    for i in range(size):
        for j in range(size):
            r = slice(i, i + stride * (OH - 1) + 1, stride)
            c = slice(j, j + stride * (OW - 1) + 1, stride)
            dx[:, :, r, c] += np.where(arg == i * size + j, dout, 0.0)
    return dx
