"""Reference: 2-D convolution forward (cross-correlation, zero padding, stride), NCHW."""

import numpy as np


def conv2d_forward(x, w, b, stride=1, padding=0):
    N, C, H, W = x.shape
    F, _, KH, KW = w.shape
    OH = (H + 2 * padding - KH) // stride + 1
    OW = (W + 2 * padding - KW) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.zeros((N, F, OH * OW), dtype=np.result_type(x, w, b))
    # One loop over the KH*KW kernel offsets; each step is a batched (F, C) @ (C, OH*OW) product.
    for i in range(KH):
        for j in range(KW):
            patch = xp[:, :, i:i + stride * (OH - 1) + 1:stride, j:j + stride * (OW - 1) + 1:stride]
            out += np.matmul(w[:, :, i, j], patch.reshape(N, C, OH * OW))
    out += b[None, :, None]
    return out.reshape(N, F, OH, OW)
