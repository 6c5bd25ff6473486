# Wrong: scales scores by 1/sqrt(t+1) (number of keys) instead of 1/sqrt(D) (head dimension).
import numpy as np


def kv_cache_step(x_t, k_cache, v_cache, Wq, Wk, Wv):
    q, k, v = x_t @ Wq, x_t @ Wk, x_t @ Wv
    k_all = np.concatenate([k_cache, k[None]], axis=0)
    v_all = np.concatenate([v_cache, v[None]], axis=0)
    s = k_all @ q / np.sqrt(k_all.shape[0])
    w = np.exp(s - s.max())
    return (w / w.sum()) @ v_all, k_all, v_all
