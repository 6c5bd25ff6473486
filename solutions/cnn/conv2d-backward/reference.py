"""Reference: gradients of the 2-D convolution (cross-correlation) forward pass, NCHW."""

import numpy as np


def conv2d_backward(dout, x, w, b, stride=1, padding=0):
    N, C, H, W = x.shape
    F, _, KH, KW = w.shape
    _, _, OH, OW = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    dxp = np.zeros(xp.shape, dtype=np.result_type(dout, w))
    dw = np.zeros(w.shape, dtype=np.result_type(dout, x))
    db = dout.sum(axis=(0, 2, 3))
    d = dout.reshape(N, F, OH * OW)
    for i in range(KH):
        for j in range(KW):
            rows = slice(i, i + stride * (OH - 1) + 1, stride)
            cols = slice(j, j + stride * (OW - 1) + 1, stride)
            patch = xp[:, :, rows, cols].reshape(N, C, OH * OW)
            # dw[f, c, i, j] = sum_{n, p} dout[n, f, p] * patch[n, c, p]
            dw[:, :, i, j] = np.einsum("nfp,ncp->fc", d, patch)
            # every output position sends w[f, c, i, j] * dout back to the pixel it read:
            # accumulate (+=), windows of different offsets overlap on the same pixels.
            dxp[:, :, rows, cols] += np.matmul(w[:, :, i, j].T, d).reshape(N, C, OH, OW)
    dx = dxp[:, :, padding:padding + H, padding:padding + W]
    return dx.copy(), dw, db
