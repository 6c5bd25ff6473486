# Wrong: softmax without subtracting the max score: exp overflows to inf (nan) for large scores.
import numpy as np


def kv_cache_step(x_t, k_cache, v_cache, Wq, Wk, Wv):
    D = x_t.shape[-1]
    q, k, v = x_t @ Wq, x_t @ Wk, x_t @ Wv
    k_all = np.concatenate([k_cache, k[None]], axis=0)
    v_all = np.concatenate([v_cache, v[None]], axis=0)
    w = np.exp(k_all @ q / np.sqrt(D))
    return (w / w.sum()) @ v_all, k_all, v_all
