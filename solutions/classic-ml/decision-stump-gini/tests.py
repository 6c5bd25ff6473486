"""Hidden suite for `decision_stump_gini`: midpoint thresholds, weighted Gini, tie rules,
duplicate values, constant features, multi-class labels, extreme scales and a timing case."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

# Thresholds are midpoints, so any correct formula agrees to a few ulps; relative tolerances
# keep the tiny-scale case meaningful.
suite = Suite(check=allclose(rtol=1e-9, atol=1e-12), outputs=("feature", "threshold", "gini"))


@suite.cases
def edge_cases(rng):
    yield Case("perfect split", "one feature separates two classes exactly: gini 0",
               args=(np.array([[1.0, 5.0], [2.0, 4.0], [3.0, 4.0], [4.0, 1.0]]),
                     np.array([0, 0, 1, 1])))
    yield Case("threshold tie", "two thresholds of feature 1 give the same gini: the smaller "
               "threshold wins", args=(np.array([[2.0, 1.0], [2.0, 3.0], [2.0, 5.0], [2.0, 7.0]]),
                                       np.array([0, 1, 1, 2])))
    x = rng.standard_normal(12)
    y = (x > 0.2).astype(np.int64)
    y[[0, 5]] = 1 - y[[0, 5]]
    yield Case("feature tie", "features 1 and 3 are copies of the same column and are the best "
               "ones: feature 1 must win", args=(np.column_stack([rng.standard_normal(12) * 0.01,
                                                                   x, np.full(12, 3.0), x]), y))
    yield Case("all features constant", "no split is possible: (-1, 0.0, gini of the parent)",
               args=(np.full((5, 3), 2.0), np.array([0, 1, 1, 2, 1])))
    yield Case("single sample", "N=1: no split possible, parent gini 0",
               args=(np.array([[1.5, -2.0]]), np.array([4])))
    yield Case("two samples", "N=2, one feature: the only threshold is the midpoint",
               args=(np.array([[-3.0], [5.0]]), np.array([1, 0])))
    X = rng.standard_normal((10, 3))
    X[:, 0] = 1.0
    yield Case("constant first feature", "feature 0 is constant and must be skipped",
               args=(X, (X[:, 1] + 0.3 * rng.standard_normal(10) > 0).astype(np.int64)))
    yield Case("pure node", "all labels equal: every split has gini 0, so the first threshold "
               "of feature 0 wins", args=(rng.standard_normal((9, 2)), np.full(9, 2)))
    X = rng.integers(0, 4, (40, 3)).astype(np.float64)
    y = (X[:, 1] + rng.integers(0, 2, 40) >= 3).astype(np.int64)
    yield Case("many duplicate values", "integer-valued features in {0..3}: only splits between "
               "distinct values are allowed", args=(X, y))
    X = rng.standard_normal((30, 2))
    yield Case("arbitrary label values", "labels in {-5, 3, 10} (not 0..C-1)",
               args=(X, np.where(X[:, 0] > 0.5, 10, np.where(X[:, 1] > 0, 3, -5))))
    X = rng.standard_normal((20, 2)) * 1e12
    yield Case("huge values", "features of magnitude 1e12", args=(X, (X[:, 1] > 0).astype(np.int64)))
    X = rng.standard_normal((20, 2)) * 1e-9
    yield Case("tiny values", "features of magnitude 1e-9 (thresholds compared with rtol=1e-9)",
               args=(X, (X[:, 0] > 0).astype(np.int64)))


@suite.cases
def random(rng):
    for i, (n, d, c) in enumerate([(50, 3, 2), (200, 5, 3), (120, 8, 5), (300, 4, 4)]):
        X = rng.standard_normal((n, d))
        if i == 2:
            X = np.round(X * 2) / 2  # ties in the values
        w = rng.standard_normal(d)
        score = X @ w + 0.5 * rng.standard_normal(n)
        y = np.digitize(score, np.quantile(score, np.linspace(0, 1, c + 1)[1:-1]))
        yield Case(f"random {i + 1}", f"N={n}, D={d}, {c} classes", args=(X, y))


@suite.perf
def perf(rng):
    X = rng.standard_normal((8000, 8))
    y = np.digitize(X @ rng.standard_normal(8) + rng.standard_normal(8000), [-1.0, 1.0])
    return Case("perf", "N=8000, D=8, 3 classes", args=(X, y))
