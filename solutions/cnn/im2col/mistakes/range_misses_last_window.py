# Wrong: window starts come from range(0, H + 2*padding - kh, stride), which excludes the last valid start (off by one).
import numpy as np


def im2col(x, kh, kw, stride=1, padding=0):
    N, C, H, W = x.shape
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    hs = np.arange(0, H + 2 * padding - kh, stride)
    ws = np.arange(0, W + 2 * padding - kw, stride)
    rows = hs[:, None] + np.arange(kh)[None, :]  # (OH, kh)
    cols_ = ws[:, None] + np.arange(kw)[None, :]  # (OW, kw)
    # patches[n, c, oh, i, ow, j]
    patches = xp[:, :, rows[:, :, None, None], cols_[None, None, :, :]]
    patches = patches.transpose(0, 2, 4, 1, 3, 5)  # (N, OH, OW, C, kh, kw)
    return patches.reshape(N * len(hs) * len(ws), C * kh * kw)
