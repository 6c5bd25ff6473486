"""Reference solution: one decode step of single-head causal self-attention with a KV cache."""

import numpy as np


def kv_cache_step(x_t, k_cache, v_cache, Wq, Wk, Wv):
    """Attend from the new token x_t (D,) to every cached token plus itself.

    k_cache, v_cache: (t, D) keys/values of the t previous tokens (t may be 0).
    Returns (out_t (D,), new_k_cache (t+1, D), new_v_cache (t+1, D)); inputs are untouched.
    """
    x_t = np.asarray(x_t, dtype=np.float64)
    D = x_t.shape[-1]
    q = x_t @ Wq                                   # (D,)
    k = x_t @ Wk
    v = x_t @ Wv
    # Append (new arrays, never in place): the new token attends to itself as well.
    k_all = np.concatenate([k_cache, k[None, :]], axis=0)   # (t+1, D)
    v_all = np.concatenate([v_cache, v[None, :]], axis=0)
    scores = (k_all @ q) / np.sqrt(D)              # (t+1,)
    scores = scores - scores.max()                 # stable softmax
    w = np.exp(scores)
    w /= w.sum()
    out = w @ v_all                                # (D,)
    return out, k_all, v_all
