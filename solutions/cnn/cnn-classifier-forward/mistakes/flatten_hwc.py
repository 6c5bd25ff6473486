# Wrong: flattens the pooled maps channels-last, (H, W, F), instead of the required (F, H, W) order.
import numpy as np


def cnn_classifier_forward(x, w_conv, b_conv, w_fc, b_fc):
    N, C, H, W = x.shape
    F = w_conv.shape[0]
    xp = np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1)))
    h = np.zeros((N, F, H, W))
    for i in range(3):
        for j in range(3):
            h += np.einsum("nchw,fc->nfhw", xp[:, :, i:i + H, j:j + W], w_conv[:, :, i, j])
    h = np.maximum(h + b_conv[None, :, None, None], 0)
    h = h[:, :, :H // 2 * 2, :W // 2 * 2].reshape(N, F, H // 2, 2, W // 2, 2).max(axis=(3, 5))
    flat = h.transpose(0, 2, 3, 1).reshape(N, -1)
    logits = flat @ w_fc + b_fc
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)
