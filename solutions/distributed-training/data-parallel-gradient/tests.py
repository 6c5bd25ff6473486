"""Hidden suite for `data_parallel_gradient`: uneven shards, empty shards, gradient checks."""

import numpy as np

from quizcli.suite import Case, Suite, allclose, grad_check

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=("combined_grad", "per_worker_grads"))


def full_loss(X, y, w, n_workers):
    return np.mean((X @ w - y) ** 2)


# combined_grad must be the full-batch gradient of mean((Xw - y)^2) w.r.t. w (args[2]).
GRAD = allclose(rtol=1e-6, atol=1e-9) & grad_check(full_loss, wrt=[2], outputs=[0])


def data(rng, b, d, scale=1.0):
    X = rng.standard_normal((b, d)) * scale
    w = rng.standard_normal(d)
    y = X @ rng.standard_normal(d) + 0.5 * rng.standard_normal(b)
    return X, y, w


@suite.cases
def edge_cases(rng):
    X, y, w = data(rng, 6, 3)
    yield Case("one worker", "B=6, D=3, n_workers=1: the full-batch gradient", args=(X, y, w, 1),
               check=GRAD)
    X, y, w = data(rng, 8, 3)
    yield Case("even shards", "B=8, D=3, 4 workers of 2 rows each", args=(X, y, w, 4), check=GRAD)
    X, y, w = data(rng, 10, 4)
    yield Case("uneven shards", "B=10, D=4, 4 workers: shard sizes 3, 3, 2, 2 (plain averaging "
               "is wrong here)", args=(X, y, w, 4), check=GRAD)
    X, y, w = data(rng, 7, 2)
    yield Case("one row per worker", "B=7, D=2, 7 workers", args=(X, y, w, 7), check=GRAD)
    X, y, w = data(rng, 3, 2)
    yield Case("more workers than rows", "B=3, D=2, 5 workers: shards 1, 1, 1, 0, 0; an empty "
               "shard's gradient is 0", args=(X, y, w, 5), check=GRAD)
    X, y, w = data(rng, 9, 1)
    yield Case("one feature", "B=9, D=1, 2 workers (shards 5 and 4)", args=(X, y, w, 2),
               check=GRAD)
    X = rng.standard_normal((11, 3))
    w = rng.standard_normal(3)
    yield Case("perfect fit", "y = X @ w exactly: every gradient is 0", args=(X, X @ w, w, 3))
    yield Case("all-zero data", "X = 0, y = 0, B=5, D=3, 2 workers: zero gradients",
               args=(np.zeros((5, 3)), np.zeros(5), rng.standard_normal(3), 2))


@suite.cases
def random(rng):
    for i, (b, d, k) in enumerate([(13, 4, 3), (50, 8, 7), (101, 5, 8), (64, 16, 6)]):
        X, y, w = data(rng, b, d)
        yield Case(f"random {i + 1}", f"B={b}, D={d}, {k} workers", args=(X, y, w, k),
                   check=GRAD if b * d <= 500 else None)
    X, y, w = data(rng, 23, 3, scale=100.0)
    yield Case("large features", "B=23, D=3, features of order 100, 5 workers", args=(X, y, w, 5))


@suite.perf
def perf(rng):
    X, y, w = data(rng, 25000, 40)
    return Case("perf", "B=25000, D=40, 16 workers", args=(X, y, w, 16))
