# Wrong: returns the Caffe/cs231n layout (C*KH*KW, N*OH*OW), the transpose of the requested (N*OH*OW, C*KH*KW).
import numpy as np


def im2col(x, kh, kw, stride=1, padding=0):
    N, C, H, W = x.shape
    OH = (H + 2 * padding - kh) // stride + 1
    OW = (W + 2 * padding - kw) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    cols = np.empty((C, kh, kw, N, OH, OW), dtype=x.dtype)
    for i in range(kh):
        for j in range(kw):
            cols[:, i, j] = xp[:, :, i:i + stride * OH:stride, j:j + stride * OW:stride].transpose(1, 0, 2, 3)
    return cols.reshape(C * kh * kw, N * OH * OW)
