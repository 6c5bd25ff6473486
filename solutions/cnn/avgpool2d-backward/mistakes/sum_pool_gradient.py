# Wrong: forgets the 1/size^2 factor, i.e. returns the gradient of sum pooling instead of average pooling.
import numpy as np


def avgpool2d_backward(dout, x_shape, size=2, stride=2):
    N, C, H, W = x_shape
    OH = (H - size) // stride + 1
    OW = (W - size) // stride + 1
    dx = np.zeros((N, C, H, W))
    for i in range(size):
        for j in range(size):
            dx[:, :, i:i + stride * (OH - 1) + 1:stride, j:j + stride * (OW - 1) + 1:stride] += dout
    return dx
