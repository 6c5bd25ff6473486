# Wrong: returns GiB as a float instead of an exact integer number of bytes.
import numpy as np


def kv_cache_memory(n_layers, n_kv_heads, head_dim, seq_len, batch, bytes_per_elem=2):
    total = 2 * np.asarray(n_layers, dtype=np.int64) * n_kv_heads * head_dim * seq_len * batch * bytes_per_elem
    gib = total / 2 ** 30
    return float(gib) if np.ndim(gib) == 0 else gib
