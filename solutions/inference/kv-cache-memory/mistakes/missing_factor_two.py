# Wrong: counts only the K cache (or only V): the factor 2 for keys and values is missing.
import numpy as np


def kv_cache_memory(n_layers, n_kv_heads, head_dim, seq_len, batch, bytes_per_elem=2):
    if any(isinstance(a, np.ndarray) for a in (n_layers, n_kv_heads, head_dim, seq_len, batch, bytes_per_elem)):
        return (np.asarray(n_layers, dtype=np.int64) * n_kv_heads * head_dim * seq_len * batch
                * bytes_per_elem)
    return n_layers * n_kv_heads * head_dim * seq_len * batch * bytes_per_elem
