"""Hidden suite for `pass_at_k`: scalars, arrays, broadcasting, n = 200, edge cases."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-7, atol=1e-10))


@suite.cases
def scalars(rng):
    yield Case("n=200 c=10 k=1", "scalar inputs: pass@1 = c/n", args=(200, 10, 1))
    yield Case("n=200 c=10 k=10", "scalar inputs, k = 10", args=(200, 10, 10))
    yield Case("n=200 c=37 k=100", "scalar inputs, C(200, 100) ~ 9e58 overflows naive factorials",
               args=(200, 37, 100))
    yield Case("c=0", "no correct sample: pass@k = 0", args=(200, 0, 50))
    yield Case("c=n", "every sample correct: pass@k = 1", args=(20, 20, 5))
    yield Case("k=n", "k = n with c = 1: any correct sample gives 1", args=(15, 1, 15))
    yield Case("k=n c=0", "k = n with c = 0: 0", args=(15, 0, 15))
    yield Case("n-c < k", "n=10, c=8, k=3: every 3-subset contains a correct sample -> 1.0",
               args=(10, 8, 3))
    yield Case("n-c == k", "n=10, c=7, k=3: exactly one all-wrong subset", args=(10, 7, 3))
    yield Case("n=1", "a single sample, correct", args=(1, 1, 1))
    yield Case("large n", "n=5000, c=3, k=100", args=(5000, 3, 100))


@suite.cases
def arrays(rng):
    n = np.full(12, 200)
    yield Case("vector c", "n and k scalars broadcast against a (12,) array of c",
               args=(200, rng.integers(0, 201, 12), 10))
    c = rng.integers(0, 201, 12)
    c[:3] = [0, 200, 195]
    yield Case("vector all three", "n, c, k all (12,) arrays, including c=0, c=n, n-c<k",
               args=(n, c, rng.integers(1, 201, 12)))
    yield Case("k sweep", "n=200, c=25, k = 1..200 as a (200,) array",
               args=(200, 25, np.arange(1, 201)))
    n = rng.integers(1, 60, (4, 5))
    c = (rng.random((4, 5)) * (n + 1)).astype(np.int64)
    yield Case("2-D broadcast", "(4, 5) n and c against a (1, 5) k (k <= min n)",
               args=(n, c, np.minimum(rng.integers(1, 10, (1, 5)), n.min(axis=0, keepdims=True))))
    yield Case("single-element arrays", "(1,) arrays: return a (1,) array, not a scalar",
               args=(np.array([50]), np.array([5]), np.array([5])))
    yield Case("all c = 0 array", "an array where no problem has a correct sample",
               args=(np.full(6, 100), np.zeros(6, dtype=np.int64), np.arange(1, 7)))


@suite.perf
def perf(rng):
    n = np.full(6_000, 200)
    c = rng.integers(0, 201, 6_000)
    k = rng.choice([1, 10, 100], 6_000)
    return Case("perf", "6,000 problems, n = 200, random c, k in {1, 10, 100}", args=(n, c, k))
