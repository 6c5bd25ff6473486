"""Reference: im2col with rows ordered (n, oh, ow) and columns ordered (c, i, j)."""

import numpy as np


def im2col(x, kh, kw, stride=1, padding=0):
    N, C, H, W = x.shape
    OH = (H + 2 * padding - kh) // stride + 1
    OW = (W + 2 * padding - kw) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    cols = np.empty((N, OH, OW, C, kh, kw), dtype=x.dtype)
    for i in range(kh):
        for j in range(kw):
            view = xp[:, :, i:i + stride * (OH - 1) + 1:stride, j:j + stride * (OW - 1) + 1:stride]
            cols[:, :, :, :, i, j] = view.transpose(0, 2, 3, 1)  # (N, OH, OW, C)
    return cols.reshape(N * OH * OW, C * kh * kw)
