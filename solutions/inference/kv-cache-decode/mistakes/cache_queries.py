# Wrong: caches x_t @ Wq (queries) instead of keys, so past tokens are matched against the wrong projection.
import numpy as np


def kv_cache_step(x_t, k_cache, v_cache, Wq, Wk, Wv):
    D = x_t.shape[-1]
    q, v = x_t @ Wq, x_t @ Wv
    k_all = np.concatenate([k_cache, q[None]], axis=0)
    v_all = np.concatenate([v_cache, v[None]], axis=0)
    s = k_all @ q / np.sqrt(D)
    w = np.exp(s - s.max())
    return (w / w.sum()) @ v_all, k_all, v_all
