# Wrong: the reshape trick tiles the image into non-overlapping size x size blocks, silently assuming stride == size.
import numpy as np


def maxpool2d_forward(x, size=2, stride=2):
    N, C, H, W = x.shape
    OH, OW = H // size, W // size
    blocks = x[:, :, :OH * size, :OW * size].reshape(N, C, OH, size, OW, size)
    return blocks.max(axis=(3, 5))
