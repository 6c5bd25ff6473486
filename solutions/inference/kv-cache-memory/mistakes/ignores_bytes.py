# Wrong: hard-codes fp16 (2 bytes per element) and ignores bytes_per_elem.
import numpy as np


def kv_cache_memory(n_layers, n_kv_heads, head_dim, seq_len, batch, bytes_per_elem=2):
    if any(isinstance(a, np.ndarray) for a in (n_layers, n_kv_heads, head_dim, seq_len, batch)):
        out = 2 * np.asarray(n_layers, dtype=np.int64) * n_kv_heads * head_dim * seq_len * batch * 2
        return np.broadcast_to(out, np.broadcast(out, np.asarray(bytes_per_elem)).shape).copy()
    return 2 * n_layers * n_kv_heads * head_dim * seq_len * batch * 2
