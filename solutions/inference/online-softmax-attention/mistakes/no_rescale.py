# Wrong: updates the running max but never rescales the old denominator/output by exp(m_old - m_new).
import numpy as np


def online_softmax_attention(q, k, v, block_size):
    Lq, d = q.shape
    m = np.full((Lq, 1), -np.inf)
    l = np.zeros((Lq, 1))
    o = np.zeros((Lq, v.shape[1]))
    for s0 in range(0, k.shape[0], block_size):
        s = q @ k[s0:s0 + block_size].T / np.sqrt(d)
        m = np.maximum(m, s.max(axis=1, keepdims=True))
        p = np.exp(s - m)
        l = l + p.sum(axis=1, keepdims=True)
        o = o + p @ v[s0:s0 + block_size]
    return o / l
