# Wrong: orders the columns (i, j, c) (channels-last patches, as in TF/NHWC code) instead of (c, i, j).
import numpy as np


def im2col(x, kh, kw, stride=1, padding=0):
    N, C, H, W = x.shape
    OH = (H + 2 * padding - kh) // stride + 1
    OW = (W + 2 * padding - kw) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    cols = np.empty((N, OH, OW, kh, kw, C), dtype=x.dtype)
    for i in range(kh):
        for j in range(kw):
            cols[:, :, :, i, j, :] = xp[:, :, i:i + stride * OH:stride, j:j + stride * OW:stride].transpose(0, 2, 3, 1)
    return cols.reshape(N * OH * OW, kh * kw * C)
