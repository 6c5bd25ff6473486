# Wrong: puts the new key/value at the front of the cache; out_t is right but the caches are out of order.
import numpy as np


def kv_cache_step(x_t, k_cache, v_cache, Wq, Wk, Wv):
    D = x_t.shape[-1]
    q, k, v = x_t @ Wq, x_t @ Wk, x_t @ Wv
    k_all = np.vstack([k, k_cache])
    v_all = np.vstack([v, v_cache])
    s = k_all @ q / np.sqrt(D)
    w = np.exp(s - s.max())
    return (w / w.sum()) @ v_all, k_all, v_all
