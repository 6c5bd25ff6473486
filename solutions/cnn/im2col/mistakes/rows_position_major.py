# Wrong: orders the rows (oh, ow, n) -- all samples of one position together, as cs231n's im2col_indices does -- instead of (n, oh, ow).
import numpy as np


def im2col(x, kh, kw, stride=1, padding=0):
    N, C, H, W = x.shape
    OH = (H + 2 * padding - kh) // stride + 1
    OW = (W + 2 * padding - kw) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    cols = np.empty((OH, OW, N, C, kh, kw), dtype=x.dtype)
    for i in range(kh):
        for j in range(kw):
            cols[..., i, j] = xp[:, :, i:i + stride * OH:stride, j:j + stride * OW:stride].transpose(2, 3, 0, 1)
    return cols.reshape(OH * OW * N, C * kh * kw)
