import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-9, atol=1e-12))


@suite.cases
def cases(rng):
    yield Case("vector", "a vector of 5", args=(rng.standard_normal(5),))
    yield Case("matrix k=3", "a 3x4 matrix, k=3", args=(rng.standard_normal((3, 4)),),
               kwargs={"k": 3.0})
    yield Case("zeros", "all zeros", args=(np.zeros((2, 2)),))
    yield Case("k=0", "k = 0", args=(rng.standard_normal(3),), kwargs={"k": 0.0})
    yield Case("negative k", "k = -1.5", args=(rng.standard_normal((2, 3)),), kwargs={"k": -1.5})
    yield Case("scalar-like", "a (1,) array", args=(np.array([7.0]),))
    yield Case("3-d", "a 2x3x4 array", args=(rng.standard_normal((2, 3, 4)),))
    yield Case("large values", "values near 1e300", args=(np.array([1e300, -1e300]),),
               kwargs={"k": 0.5})


@suite.perf
def perf(rng):
    return Case("perf", "a 200,000-vector", args=(rng.standard_normal(200_000),))
