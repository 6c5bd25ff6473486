# Wrong: routes the gradient to every element equal to the window maximum, so tied maxima all receive it (and it is counted several times).
import numpy as np


def maxpool2d_backward(dout, x, size=2, stride=2):
    N, C, H, W = x.shape
    OH = (H - size) // stride + 1
    OW = (W - size) // stride + 1
    out = None
    for i in range(size):
        for j in range(size):
            v = x[:, :, i:i + stride * (OH - 1) + 1:stride, j:j + stride * (OW - 1) + 1:stride]
            out = v if out is None else np.maximum(out, v)
    dx = np.zeros_like(x)
    for i in range(size):
        for j in range(size):
            r = slice(i, i + stride * (OH - 1) + 1, stride)
            c = slice(j, j + stride * (OW - 1) + 1, stride)
            dx[:, :, r, c] += (x[:, :, r, c] == out) * dout
    return dx
