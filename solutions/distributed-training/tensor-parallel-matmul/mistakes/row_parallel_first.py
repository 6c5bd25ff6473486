# Wrong: splits W1 by rows (and x by columns), so ReLU is applied to partial pre-activations: relu(a) + relu(b) != relu(a + b).
import numpy as np


def tensor_parallel_matmul(x, W1, W2, n_shards):
    xs = np.array_split(x, n_shards, axis=1)
    W1s = np.array_split(W1, n_shards, axis=0)
    partials = np.stack([np.maximum(xk @ Wk, 0.0) @ W2 for xk, Wk in zip(xs, W1s)])
    return partials.sum(axis=0), partials
