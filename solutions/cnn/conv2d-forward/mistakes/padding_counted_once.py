# Wrong: the output size adds the padding once (H + padding - KH) instead of on both sides (H + 2*padding - KH).
import numpy as np


def conv2d_forward(x, w, b, stride=1, padding=0):
    N, C, H, W = x.shape
    F, _, KH, KW = w.shape
    OH = (H + padding - KH) // stride + 1
    OW = (W + padding - KW) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.zeros((N, F, OH, OW))
    for i in range(KH):
        for j in range(KW):
            patch = xp[:, :, i:i + stride * OH:stride, j:j + stride * OW:stride]
            out += np.einsum("nchw,fc->nfhw", patch, w[:, :, i, j])
    return out + b[None, :, None, None]
