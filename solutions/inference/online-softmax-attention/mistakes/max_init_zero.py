# Wrong: starts the running max at 0 instead of -inf; when every score is << 0, exp underflows and l = 0 (nan).
import numpy as np


def online_softmax_attention(q, k, v, block_size):
    Lq, d = q.shape
    m = np.zeros((Lq, 1))
    l = np.zeros((Lq, 1))
    o = np.zeros((Lq, v.shape[1]))
    for s0 in range(0, k.shape[0], block_size):
        s = q @ k[s0:s0 + block_size].T / np.sqrt(d)
        m_new = np.maximum(m, s.max(axis=1, keepdims=True))
        a = np.exp(m - m_new)
        p = np.exp(s - m_new)
        l = a * l + p.sum(axis=1, keepdims=True)
        o = a * o + p @ v[s0:s0 + block_size]
        m = m_new
    return o / l
