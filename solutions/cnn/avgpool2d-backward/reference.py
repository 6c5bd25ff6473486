"""Reference: gradient of 2-D average pooling (square windows, no padding, floor)."""

import numpy as np


def avgpool2d_backward(dout, x_shape, size=2, stride=2):
    N, C, H, W = (int(s) for s in x_shape)
    OH = (H - size) // stride + 1
    OW = (W - size) // stride + 1
    g = dout / (size * size)  # every element of a window gets 1/size^2 of its gradient
    dx = np.zeros((N, C, H, W), dtype=np.result_type(dout, np.float64))
    for i in range(size):
        for j in range(size):
            dx[:, :, i:i + stride * (OH - 1) + 1:stride, j:j + stride * (OW - 1) + 1:stride] += g
    return dx
