# Wrong: attends only to the cached (past) tokens, not to the new token itself (causal includes the diagonal).
import numpy as np


def kv_cache_step(x_t, k_cache, v_cache, Wq, Wk, Wv):
    D = x_t.shape[-1]
    q, k, v = x_t @ Wq, x_t @ Wk, x_t @ Wv
    if k_cache.shape[0] == 0:
        out = v
    else:
        s = k_cache @ q / np.sqrt(D)
        w = np.exp(s - s.max())
        out = (w / w.sum()) @ v_cache
    return out, np.vstack([k_cache, k]), np.vstack([v_cache, v])
