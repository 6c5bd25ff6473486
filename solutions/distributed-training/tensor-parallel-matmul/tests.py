"""Hidden suite for `tensor_parallel_matmul`: shard layout, ReLU placement, the all-reduce sum."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=("y", "partials"))


def mlp(rng, n, d_in, d_ff, d_out, scale=1.0):
    return (rng.standard_normal((n, d_in)) * scale, rng.standard_normal((d_in, d_ff)),
            rng.standard_normal((d_ff, d_out)))


@suite.cases
def edge_cases(rng):
    yield Case("one shard", "N=3, D_in=4, D_ff=6, D_out=2, 1 shard: the unsharded MLP",
               args=(*mlp(rng, 3, 4, 6, 2), 1))
    yield Case("one unit per shard", "N=4, D_in=3, D_ff=5, D_out=2, 5 shards of 1 hidden unit",
               args=(*mlp(rng, 4, 3, 5, 2), 5))
    yield Case("single row", "N=1, D_in=5, D_ff=8, D_out=3, 4 shards",
               args=(*mlp(rng, 1, 5, 8, 3), 4))
    yield Case("scalar output", "N=6, D_in=3, D_ff=4, D_out=1, 2 shards",
               args=(*mlp(rng, 6, 3, 4, 1), 2))
    yield Case("one input feature", "N=5, D_in=1, D_ff=6, D_out=3, 3 shards",
               args=(*mlp(rng, 5, 1, 6, 3), 3))
    x, W1, W2 = mlp(rng, 4, 3, 6, 2)
    yield Case("all inactive", "x >= 0 and W1 <= 0: every pre-activation is <= 0, so all outputs "
               "are 0", args=(np.abs(x), -np.abs(W1), W2, 3))
    x, W1, W2 = mlp(rng, 5, 4, 8, 3)
    yield Case("zero input", "x = 0: all outputs 0", args=(np.zeros_like(x), W1, W2, 4))
    x, W1, W2 = mlp(rng, 4, 4, 6, 3)
    W1[:, :3] = -np.abs(W1[:, :3])
    yield Case("one shard dead", "x >= 0, shard 0's W1 columns <= 0: partials[0] is 0",
               args=(np.abs(x), W1, W2, 2))


@suite.cases
def random(rng):
    for i, (n, d_in, d_ff, d_out, k) in enumerate([(8, 6, 12, 4, 3), (16, 8, 32, 8, 8),
                                                    (10, 7, 24, 5, 6), (32, 16, 64, 16, 4)]):
        yield Case(f"random {i + 1}", f"N={n}, D_in={d_in}, D_ff={d_ff}, D_out={d_out}, "
                   f"{k} shards", args=(*mlp(rng, n, d_in, d_ff, d_out), k))
    yield Case("large inputs", "N=6, D_in=5, D_ff=10, D_out=4, 5 shards, x of order 1e3",
               args=(*mlp(rng, 6, 5, 10, 4, scale=1e3), 5))


@suite.perf
def perf(rng):
    return Case("perf", "N=128, D_in=256, D_ff=512, D_out=256, 8 shards",
                args=(*mlp(rng, 128, 256, 512, 256), 8))
