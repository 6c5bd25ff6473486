# Wrong: scatters dx into a contiguous block (slice i:i+OH) instead of the strided positions the forward read.
import numpy as np


def conv2d_backward(dout, x, w, b, stride=1, padding=0):
    N, C, H, W = x.shape
    F, _, KH, KW = w.shape
    _, _, OH, OW = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    db = dout.sum(axis=(0, 2, 3))
    for i in range(KH):
        for j in range(KW):
            hs = slice(i, i + stride * (OH - 1) + 1, stride)
            ws = slice(j, j + stride * (OW - 1) + 1, stride)
            dw[:, :, i, j] = np.einsum("nfhw,nchw->fc", dout, xp[:, :, hs, ws])
            dxp[:, :, i:i + OH, j:j + OW] += np.einsum("nfhw,fc->nchw", dout, w[:, :, i, j])
    return dxp[:, :, padding:padding + H, padding:padding + W], dw, db
