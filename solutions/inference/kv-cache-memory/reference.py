"""Reference solution: KV-cache size in bytes, for scalars or broadcast integer arrays."""

import numpy as np


def _is_int(x):
    return isinstance(x, int | np.integer) and not isinstance(x, bool | np.bool_)


def kv_cache_memory(n_layers, n_kv_heads, head_dim, seq_len, batch, bytes_per_elem=2):
    """Bytes held by the K and V caches: 2 * layers * kv_heads * head_dim * seq * batch * bytes.

    All arguments Python ints -> a Python int. Any argument an integer ndarray -> an int64
    ndarray of the broadcast shape.
    """
    args = (n_layers, n_kv_heads, head_dim, seq_len, batch, bytes_per_elem)
    if all(_is_int(a) for a in args):
        return 2 * n_layers * n_kv_heads * head_dim * seq_len * batch * bytes_per_elem
    out = np.int64(2)
    for a in args:
        out = out * np.asarray(a, dtype=np.int64)   # int64: realistic sizes exceed 2**31
    return np.asarray(out, dtype=np.int64)
