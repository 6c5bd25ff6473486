"""Reference: conv(3x3, stride 1, padding 1) -> ReLU -> 2x2 max pool -> flatten (C, H, W) -> dense -> softmax."""

import numpy as np


def _conv3x3_same(x, w, b):
    N, C, H, W = x.shape
    F, _, KH, KW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1)))
    out = np.zeros((N, F, H * W), dtype=np.float64)
    for i in range(KH):
        for j in range(KW):
            out += np.matmul(w[:, :, i, j], xp[:, :, i:i + H, j:j + W].reshape(N, C, H * W))
    return (out + b[None, :, None]).reshape(N, F, H, W)


def _maxpool2x2(a):
    N, F, H, W = a.shape
    a = a[:, :, :H // 2 * 2, :W // 2 * 2]  # floor: drop an odd last row/column
    return a.reshape(N, F, H // 2, 2, W // 2, 2).max(axis=(3, 5))


def cnn_classifier_forward(x, w_conv, b_conv, w_fc, b_fc):
    h = np.maximum(_conv3x3_same(x, w_conv, b_conv), 0.0)  # (N, F, H, W)
    p = _maxpool2x2(h)                                     # (N, F, H//2, W//2)
    flat = p.reshape(p.shape[0], -1)                       # (N, F*(H//2)*(W//2)), C-order
    logits = flat @ w_fc + b_fc                            # (N, K)
    z = logits - logits.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)
