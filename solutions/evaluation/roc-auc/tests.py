"""Hidden suite for `roc_auc`: ties count one half, perfect / inverted rankings, large n."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-9, atol=1e-12))


@suite.cases
def edge_cases(rng):
    yield Case("one of each", "one positive scored above one negative: AUC 1",
               args=(np.array([0, 1]), np.array([0.2, 0.9])))
    yield Case("one of each tied", "one positive and one negative with equal scores: AUC 0.5",
               args=(np.array([1, 0]), np.array([0.4, 0.4])))
    yield Case("all scores equal", "10 samples, one constant score: AUC 0.5",
               args=(np.array([0, 1, 1, 0, 0, 1, 0, 0, 1, 0]), np.full(10, 3.0)))
    yield Case("perfect separation", "every positive above every negative",
               args=(np.array([0, 0, 0, 1, 1]), np.array([-2.0, -1.0, 0.0, 5.0, 7.0])))
    yield Case("inverted ranking", "every positive below every negative: AUC 0",
               args=(np.array([1, 1, 0, 0, 0]), np.array([0.1, 0.2, 0.3, 0.4, 0.5])))
    yield Case("ties across classes", "scores in {0, 0.5, 1} with positives and negatives "
               "sharing every value",
               args=(np.array([0, 1, 0, 1, 1, 0, 0, 1, 0]),
                     np.array([0.0, 0.0, 0.5, 0.5, 0.5, 1.0, 1.0, 1.0, 0.5])))
    yield Case("single positive", "1 positive among 20 negatives",
               args=(np.eye(1, 21, 7, dtype=np.int64).reshape(-1), rng.standard_normal(21)))
    yield Case("extreme scores", "scores spanning 1e-300 to 1e300, including negatives and 0",
               args=(np.array([0, 1, 0, 1, 1, 0, 1, 0]),
                     np.array([1e-300, 1e300, -1e300, 0.0, 1e-300, 0.0, 5.0, -1e-300])))
    yield Case("unsorted input", "labels and scores in random order, no ties",
               args=(rng.integers(0, 2, 40), rng.standard_normal(40)))


@suite.cases
def random(rng):
    for i, (n, levels) in enumerate([(200, 5), (1000, 20), (3000, 0)]):
        y = (rng.random(n) < 0.3).astype(np.int64)
        s = rng.standard_normal(n) + 1.2 * y
        if levels:
            s = np.round(s * levels / 4) / (levels / 4)   # heavy ties
        desc = f"{n} samples, ~30% positives" + (", scores rounded (many ties)" if levels else "")
        yield Case(f"random {i + 1}", desc, args=(y, s))
    y = (rng.random(2000) < 0.02).astype(np.int64)
    y[0] = 1
    s = rng.integers(0, 10, 2000).astype(np.float64) + y
    yield Case("imbalanced integer scores", "2000 samples, ~2% positives, integer scores 0..10",
               args=(y, s))
    yield Case("float32 scores", "float32 scores with ties",
               args=(rng.integers(0, 2, 300) | np.eye(1, 300, 0, dtype=np.int64).reshape(-1),
                     np.round(rng.random(300), 2).astype(np.float32)))


@suite.perf
def perf(rng):
    y = (rng.random(200_000) < 0.1).astype(np.int64)
    s = np.round(rng.standard_normal(200_000) + y, 3)
    return Case("perf", "200,000 samples, ~10% positives, scores rounded to 3 decimals",
                args=(y, s))
