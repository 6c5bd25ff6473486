# Wrong: computes dx as a "full" correlation of dout with the channel-swapped kernel but forgets to rotate it by 180 degrees.
import numpy as np


def _corr(x, w):
    # valid cross-correlation, stride 1: x (N, C, H, W), w (F, C, KH, KW)
    N, C, H, W = x.shape
    F, _, KH, KW = w.shape
    OH, OW = H - KH + 1, W - KW + 1
    out = np.zeros((N, F, OH, OW))
    for i in range(KH):
        for j in range(KW):
            out += np.einsum("nchw,fc->nfhw", x[:, :, i:i + OH, j:j + OW], w[:, :, i, j])
    return out


def conv2d_backward(dout, x, w, b, stride=1, padding=0):
    N, C, H, W = x.shape
    F, _, KH, KW = w.shape
    _, _, OH, OW = dout.shape
    # dilate dout by the stride, then pad it by K-1 for the "full" correlation
    dd = np.zeros((N, F, stride * (OH - 1) + 1, stride * (OW - 1) + 1))
    dd[:, :, ::stride, ::stride] = dout
    Hp, Wp = H + 2 * padding, W + 2 * padding
    extra_h = Hp - (dd.shape[2] + KH - 1)
    extra_w = Wp - (dd.shape[3] + KW - 1)
    dd = np.pad(dd, ((0, 0), (0, 0), (KH - 1, KH - 1 + extra_h), (KW - 1, KW - 1 + extra_w)))
    wt = w.transpose(1, 0, 2, 3)  # (C, F, KH, KW) -- should also be w[:, :, ::-1, ::-1]
    dxp = _corr(dd, wt)
    dx = dxp[:, :, padding:padding + H, padding:padding + W]
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    dw = np.zeros_like(w)
    for i in range(KH):
        for j in range(KW):
            patch = xp[:, :, i:i + stride * (OH - 1) + 1:stride, j:j + stride * (OW - 1) + 1:stride]
            dw[:, :, i, j] = np.einsum("nfhw,nchw->fc", dout, patch)
    return dx, dw, dout.sum(axis=(0, 2, 3))
