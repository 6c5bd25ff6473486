"""Reference: gradient of 2-D max pooling (first maximum in row-major order gets the gradient)."""

import numpy as np


def maxpool2d_backward(dout, x, size=2, stride=2):
    N, C, H, W = x.shape
    OH = (H - size) // stride + 1
    OW = (W - size) // stride + 1
    slices = [(slice(i, i + stride * (OH - 1) + 1, stride), slice(j, j + stride * (OW - 1) + 1, stride))
              for i in range(size) for j in range(size)]  # window offsets in row-major order
    windows = np.stack([x[:, :, r, c] for r, c in slices])  # (size*size, N, C, OH, OW)
    first = np.argmax(windows, axis=0)  # argmax returns the first maximum: the tie rule
    dx = np.zeros(x.shape, dtype=np.result_type(dout, np.float64))
    for k, (r, c) in enumerate(slices):
        dx[:, :, r, c] += np.where(first == k, dout, 0.0)  # += : overlapping windows accumulate
    return dx
