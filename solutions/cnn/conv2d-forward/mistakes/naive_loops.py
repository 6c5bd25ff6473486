# Wrong: correct values, but loops over every output element in Python; far too slow on the 8x16x32x32 perf case.
import numpy as np


def conv2d_forward(x, w, b, stride=1, padding=0):
    N, C, H, W = x.shape
    F, _, KH, KW = w.shape
    OH = (H + 2 * padding - KH) // stride + 1
    OW = (W + 2 * padding - KW) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.zeros((N, F, OH, OW))
    for n in range(N):
        for f in range(F):
            for oh in range(OH):
                for ow in range(OW):
                    h0, w0 = oh * stride, ow * stride
                    out[n, f, oh, ow] = np.sum(xp[n, :, h0:h0 + KH, w0:w0 + KW] * w[f]) + b[f]
    return out
