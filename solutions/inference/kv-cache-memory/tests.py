"""Hidden suite for `kv_cache_memory`: exact byte counts for real model configurations (MHA,
GQA, MQA, several dtypes), scalars and broadcast int64 arrays."""

import numpy as np

from quizcli.suite import Case, Suite, custom


def _int_scalar(x):
    return isinstance(x, int | np.integer) and not isinstance(x, bool | np.bool_)


def exact_int(got, case, expected):
    if isinstance(expected, np.ndarray):
        if not isinstance(got, np.ndarray):
            return f"expected an int64 ndarray of shape {expected.shape}, got {type(got).__name__}"
        if got.shape != expected.shape:
            return f"expected shape {expected.shape}, got shape {got.shape}"
        if got.dtype.kind not in "iu":
            return f"expected an integer array (int64), got dtype {got.dtype}"
        bad = got.astype(object) != expected.astype(object)
        if np.any(bad):
            i = tuple(int(j) for j in np.argwhere(bad)[0])
            return (f"{int(bad.sum())} of {bad.size} values differ; first at index {i}: "
                    f"expected {int(expected[i])} bytes, got {int(got[i])}")
        return None
    if not _int_scalar(got):
        return (f"expected an integer number of bytes (Python int), got "
                f"{type(got).__name__} {got!r}")
    if int(got) != int(expected):
        return f"expected {int(expected)} bytes, got {int(got)}"
    return None


suite = Suite(check=custom(exact_int))

GiB = 2 ** 30


@suite.cases
def models(rng):
    yield Case("llama-2-7b", "32 layers, 32 KV heads, head_dim 128, 4096 tokens, batch 1, "
               "fp16: 2 GiB", args=(32, 32, 128, 4096, 1, 2))
    yield Case("llama-2-7b default bytes", "the same config with bytes_per_elem left at its "
               "default (2)", args=(32, 32, 128, 4096, 1))
    yield Case("llama-2-70b gqa", "80 layers, 8 KV heads (GQA), head_dim 128, 4096 tokens, "
               "fp16", args=(80, 8, 128, 4096, 1, 2))
    yield Case("70b big batch", "80 layers, 8 KV heads, 8192 tokens, batch 64, fp16: far "
               "beyond 2**31 bytes", args=(80, 8, 128, 8192, 64, 2))
    yield Case("mistral-7b long", "32 layers, 8 KV heads, 128 dim, 32768 tokens, batch 4",
               args=(32, 8, 128, 32768, 4, 2))
    yield Case("mqa", "multi-query attention: 1 KV head, 24 layers, head_dim 64, 2048 tokens, "
               "batch 16", args=(24, 1, 64, 2048, 16, 2))
    yield Case("fp32", "12 layers, 12 heads, 64 dim, 1024 tokens, batch 8, fp32 (4 bytes)",
               args=(12, 12, 64, 1024, 8, 4))
    yield Case("int8 kv", "32 layers, 8 heads, 128 dim, 16384 tokens, batch 2, int8 KV cache "
               "(1 byte), passed by keyword", args=(32, 8, 128, 16384, 2),
               kwargs={"bytes_per_elem": 1})
    yield Case("empty sequence", "seq_len 0: no cache", args=(32, 32, 128, 0, 8, 2))
    yield Case("all ones", "every factor 1: 2 bytes (K and V, one element each)",
               args=(1, 1, 1, 1, 1, 1))


@suite.cases
def arrays(rng):
    yield Case("seq_len array", "seq_len an int64 array of 6 lengths, the rest Python ints",
               args=(32, 8, 128, np.array([0, 1, 512, 4096, 32768, 131072]), 1, 2))
    layers = np.array([[16], [32], [80]])
    seqs = np.array([[1024, 8192, 131072]])
    yield Case("broadcast 2-D", "n_layers (3, 1) x seq_len (1, 3) broadcast to (3, 3), batch 256",
               args=(layers, 8, 128, seqs, 256, 2))
    n = 50
    cfg = [rng.integers(lo, hi, n) for lo, hi in
           [(1, 129), (1, 65), (32, 257), (0, 200_000), (1, 513), (1, 5)]]
    yield Case("random configs", "50 random configs as int64 arrays (values up to ~2e15 bytes)",
               args=tuple(cfg))
    yield Case("bytes array", "bytes_per_elem an array [1, 2, 4] (int8, fp16, fp32) by keyword",
               args=(40, 40, 128, 2048, 1), kwargs={"bytes_per_elem": np.array([1, 2, 4])})


@suite.perf
def perf(rng):
    n = 150_000
    cfg = tuple(rng.integers(lo, hi, n) for lo, hi in
                [(1, 129), (1, 65), (32, 257), (0, 200_000), (1, 513), (1, 5)])
    return Case("perf", f"{n} configs: six int64 arrays of length {n}", args=cfg)
