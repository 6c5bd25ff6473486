# Wrong: casts to int32 before multiplying: realistic cache sizes exceed 2**31 and wrap around.
import numpy as np


def kv_cache_memory(n_layers, n_kv_heads, head_dim, seq_len, batch, bytes_per_elem=2):
    parts = [np.asarray(a, dtype=np.int32) for a in
             (n_layers, n_kv_heads, head_dim, seq_len, batch, bytes_per_elem)]
    out = np.int32(2)
    for p in parts:
        out = out * p
    return int(out) if np.ndim(out) == 0 else out.astype(np.int64)
