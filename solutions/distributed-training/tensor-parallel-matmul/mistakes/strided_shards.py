# Wrong: shard k takes hidden units k, k+n, k+2n, ... (strided) instead of the contiguous block np.split gives; y is right, partials are not.
import numpy as np


def tensor_parallel_matmul(x, W1, W2, n_shards):
    partials = np.stack([np.maximum(x @ W1[:, k::n_shards], 0.0) @ W2[k::n_shards, :]
                         for k in range(n_shards)])
    return partials.sum(axis=0), partials
