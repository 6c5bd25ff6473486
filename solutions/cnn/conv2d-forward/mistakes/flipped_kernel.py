# Wrong: flips the kernel (true mathematical convolution); deep-learning "conv" layers compute cross-correlation.
import numpy as np


def conv2d_forward(x, w, b, stride=1, padding=0):
    w = w[:, :, ::-1, ::-1]
    N, C, H, W = x.shape
    F, _, KH, KW = w.shape
    OH = (H + 2 * padding - KH) // stride + 1
    OW = (W + 2 * padding - KW) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.zeros((N, F, OH, OW))
    for i in range(KH):
        for j in range(KW):
            patch = xp[:, :, i:i + stride * OH:stride, j:j + stride * OW:stride]
            out += np.einsum("nchw,fc->nfhw", patch, w[:, :, i, j])
    return out + b[None, :, None, None]
