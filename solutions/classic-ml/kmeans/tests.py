"""Hidden suite for `kmeans`: n_iter semantics, tie rule, empty clusters, final labels w.r.t.
the returned centroids, random blobs and a timing case."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=("centroids", "labels"))


def _blobs(rng, n, d, k, spread=4.0):
    centres = spread * rng.standard_normal((k, d))
    x = centres[rng.integers(0, k, n)] + rng.standard_normal((n, d))
    return x


def _init(rng, x, k):
    return x[rng.choice(len(x), k, replace=False)].copy()


@suite.cases
def edge_cases(rng):
    x = np.array([[0.0, 0.0], [1.0, 0.0], [2.0, 0.0], [5.0, 1.0], [6.0, 1.0]])
    init = np.array([[0.0, 0.0], [2.0, 0.0]])
    yield Case("zero iterations with a tie", "n_iter=0: centroids unchanged; point (1, 0) is "
               "equidistant from both centroids and must get label 0",
               args=(x, init), kwargs={"n_iter": 0})
    yield Case("one iteration", "n_iter=1 on the same data: one update, then labels w.r.t. the "
               "updated centroids", args=(x, init), kwargs={"n_iter": 1})
    x = np.array([[0.0, 0.0], [1.0, 1.0], [4.0, 4.0], [5.0, 5.0], [1.0, 0.0]])
    init = np.array([[2.0, 2.0], [2.0, 2.0], [3.0, 3.0]])
    yield Case("duplicate initial centroids", "centroids 0 and 1 are identical: every tie goes to "
               "0, cluster 1 stays empty and keeps its centroid", args=(x, init))
    x = _blobs(rng, 30, 2, 2)
    init = np.vstack([_init(rng, x, 2), [[100.0, 100.0]]])
    yield Case("empty cluster", "a third centroid at (100, 100) never gets a point and must stay "
               "there (no nan)", args=(x, init))
    yield Case("all points identical", "8 copies of the zero vector, 3 distinct centroids: all go "
               "to the nearest one", args=(np.zeros((8, 3)),
                                           np.array([[1.0, 0, 0], [0, 2.0, 0], [0, 0, 3.0]])))
    x = _blobs(rng, 20, 3, 1)
    yield Case("single cluster", "K=1: the centroid is the mean of all points",
               args=(x, x[:1].copy()))
    x = rng.standard_normal((6, 2))
    yield Case("K equals N", "every point is its own initial centroid: nothing moves",
               args=(x, x.copy()))
    yield Case("single point", "N=1, K=2: one cluster takes the point, the other is empty",
               args=(np.array([[3.0, -1.0]]), np.array([[0.0, 0.0], [1.0, 1.0]])))
    x = _blobs(rng, 25, 1, 3)
    yield Case("one dimension", "D=1, K=3, 25 points",
               args=(x, _init(rng, x, 3)))


@suite.cases
def iterations(rng):
    for n_iter in [1, 2, 3]:
        x = rng.uniform(-1, 1, (60, 2))
        init = rng.uniform(-1, 1, (5, 2))
        yield Case(f"unconverged n_iter={n_iter}", f"60 uniform points, 5 random centroids, "
                   f"n_iter={n_iter} (not converged yet: labels must match the returned "
                   "centroids)", args=(x, init), kwargs={"n_iter": n_iter})
    x = _blobs(rng, 80, 2, 4)
    yield Case("positional n_iter", "n_iter=4 passed positionally", args=(x, _init(rng, x, 4), 4))


@suite.cases
def random(rng):
    for i, (n, d, k) in enumerate([(50, 2, 3), (200, 5, 6), (300, 10, 8), (120, 3, 12)]):
        x = _blobs(rng, n, d, k, spread=3.0)
        yield Case(f"random {i + 1}", f"N={n}, D={d}, K={k}, blobs, run to convergence",
                   args=(x, _init(rng, x, k)))


@suite.perf
def perf(rng):
    x = _blobs(rng, 5000, 4, 8, spread=2.0)
    return Case("perf", "N=5000, D=4, K=8, n_iter=10", args=(x, _init(rng, x, 8)),
                kwargs={"n_iter": 10})
