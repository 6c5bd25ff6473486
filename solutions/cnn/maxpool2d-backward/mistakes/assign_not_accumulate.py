# Wrong: writes dx with = instead of +=, so where windows overlap (stride < size) one window overwrites another's gradient.
import numpy as np


def maxpool2d_backward(dout, x, size=2, stride=2):
    N, C, H, W = x.shape
    OH = (H - size) // stride + 1
    OW = (W - size) // stride + 1
    offsets = [(i, j) for i in range(size) for j in range(size)]
    wins = np.stack([x[:, :, i:i + stride * (OH - 1) + 1:stride, j:j + stride * (OW - 1) + 1:stride]
                     for i, j in offsets])
    arg = wins.argmax(axis=0)
    dx = np.zeros_like(x)
    for k, (i, j) in enumerate(offsets):
        r = slice(i, i + stride * (OH - 1) + 1, stride)
        c = slice(j, j + stride * (OW - 1) + 1, stride)
        sel = arg == k
        dx[:, :, r, c][sel] = dout[sel]
    return dx
