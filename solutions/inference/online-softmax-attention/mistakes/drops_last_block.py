# Wrong: iterates over Lk // block_size full blocks only, silently dropping a ragged last block.
import numpy as np


def online_softmax_attention(q, k, v, block_size):
    Lq, d = q.shape
    n_blocks = max(1, k.shape[0] // block_size)
    m = np.full((Lq, 1), -np.inf)
    l = np.zeros((Lq, 1))
    o = np.zeros((Lq, v.shape[1]))
    for j in range(n_blocks):
        kb = k[j * block_size:(j + 1) * block_size]
        vb = v[j * block_size:(j + 1) * block_size]
        s = q @ kb.T / np.sqrt(d)
        m_new = np.maximum(m, s.max(axis=1, keepdims=True))
        a = np.exp(m - m_new)
        p = np.exp(s - m_new)
        l = a * l + p.sum(axis=1, keepdims=True)
        o = a * o + p @ vb
        m = m_new
    return o / l
