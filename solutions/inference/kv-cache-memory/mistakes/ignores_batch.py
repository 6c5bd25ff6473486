# Wrong: computes the per-sequence size and forgets to multiply by the batch size.
import numpy as np


def kv_cache_memory(n_layers, n_kv_heads, head_dim, seq_len, batch, bytes_per_elem=2):
    out = 2 * np.asarray(n_layers, dtype=np.int64) * n_kv_heads * head_dim * seq_len * bytes_per_elem
    out = out * np.ones_like(np.asarray(batch, dtype=np.int64))
    return int(out) if np.ndim(out) == 0 else out
