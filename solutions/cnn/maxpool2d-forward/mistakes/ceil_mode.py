# Wrong: rounds the output size up (ceil mode) and pools the partial windows at the border; the spec floors.
import numpy as np


def maxpool2d_forward(x, size=2, stride=2):
    N, C, H, W = x.shape
    OH = -(-(H - size) // stride) + 1
    OW = -(-(W - size) // stride) + 1
    out = np.full((N, C, OH, OW), -np.inf)
    for i in range(size):
        for j in range(size):
            view = x[:, :, i::stride, j::stride][:, :, :OH, :OW]
            h, w = view.shape[2], view.shape[3]
            out[:, :, :h, :w] = np.maximum(out[:, :, :h, :w], view)
    return out
