import numpy as np


def tensor_parallel_matmul(x, W1, W2, n_shards):
    """Megatron-style tensor-parallel MLP y = relu(x @ W1) @ W2.

    x: (N, D_in), W1: (D_in, D_ff), W2: (D_ff, D_out); d_ff % n_shards == 0.
    Shard k owns W1[:, k*s:(k+1)*s] (column-parallel) and W2[k*s:(k+1)*s, :] (row-parallel),
    s = D_ff // n_shards. Returns (y (N, D_out), partials (n_shards, N, D_out)), y = partials.sum(0).
    """
    d_ff = W1.shape[1]
    s = d_ff // n_shards
    # (n_shards, D_in, s) and (n_shards, s, D_out) views of the shards
    W1s = W1.reshape(W1.shape[0], n_shards, s).transpose(1, 0, 2)
    W2s = W2.reshape(n_shards, s, W2.shape[1])
    h = np.maximum(np.matmul(x, W1s), 0.0)   # (n_shards, N, s): no communication needed
    partials = np.matmul(h, W2s)             # (n_shards, N, D_out)
    return partials.sum(axis=0), partials    # the sum is the all-reduce
