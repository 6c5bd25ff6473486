"""Reference solution: exact attention with FlashAttention-style online softmax over key blocks."""

import numpy as np


def online_softmax_attention(q, k, v, block_size):
    """softmax(q k^T / sqrt(d)) v, computed one block of keys at a time.

    q: (Lq, d); k: (Lk, d); v: (Lk, dv); block_size >= 1. Returns (Lq, dv) float64.
    Keeps per query row a running max m, running denominator l and unnormalised output o.
    """
    q = np.asarray(q, dtype=np.float64)
    Lq, d = q.shape
    Lk, dv = v.shape
    scale = 1.0 / np.sqrt(d)
    m = np.full((Lq, 1), -np.inf)
    l = np.zeros((Lq, 1))
    o = np.zeros((Lq, dv))
    for start in range(0, Lk, block_size):         # the last block may be shorter
        kb = k[start:start + block_size]
        vb = v[start:start + block_size]
        s = (q @ kb.T) * scale                      # (Lq, b)
        m_new = np.maximum(m, s.max(axis=1, keepdims=True))
        alpha = np.exp(m - m_new)                   # rescales the old statistics (0 at first block)
        p = np.exp(s - m_new)
        l = alpha * l + p.sum(axis=1, keepdims=True)
        o = alpha * o + p @ vb
        m = m_new
    return o / l
