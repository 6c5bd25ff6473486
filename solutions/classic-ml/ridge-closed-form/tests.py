"""Hidden suite for `ridge_closed_form`: lam = 0, large lam, D > N, no intercept, shifted
features (intercept not penalised), collinear columns and a timing case."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=("w", "b"))

# Ill-conditioned systems: any backward-stable solver agrees to about cond(A) * 1e-16.
LOOSE = allclose(rtol=1e-5, atol=1e-7)


def _data(rng, n, d, shift=0.0, noise=0.1):
    X = rng.standard_normal((n, d)) + shift
    w = rng.standard_normal(d)
    y = X @ w + 2.5 + noise * rng.standard_normal(n)
    return X, y


@suite.cases
def edge_cases(rng):
    X, y = _data(rng, 20, 3)
    yield Case("lam zero", "lam=0 with full-rank X (20 x 3): ordinary least squares with "
               "intercept", args=(X, y, 0.0))
    yield Case("lam zero no intercept", "lam=0, fit_intercept=False: plain least squares, b = 0",
               args=(X, y, 0.0), kwargs={"fit_intercept": False})
    X, y = _data(rng, 15, 4, shift=3.0)
    yield Case("large lam", "lam=1e6: w shrinks towards 0 and b towards mean(y)",
               args=(X, y, 1e6))
    X, y = _data(rng, 6, 10)
    yield Case("D > N", "N=6, D=10, lam=0.5: X^T X is singular, the ridge term makes it "
               "invertible", args=(X, y, 0.5))
    yield Case("D > N no intercept", "N=6, D=10, lam=0.5, fit_intercept=False",
               args=(X, y, 0.5), kwargs={"fit_intercept": False})
    yield Case("single feature", "D=1, N=12, lam=2",
               args=(*_data(rng, 12, 1), 2.0))
    yield Case("two samples", "N=2, D=3, lam=1 (centred X has rank 1)",
               args=(*_data(rng, 2, 3), 1.0))
    X, y = _data(rng, 30, 4, shift=10.0)
    yield Case("shifted features", "features centred around 10, lam=5: a penalised intercept "
               "or b = mean(y) gives a visibly different fit", args=(X, y, 5.0))
    X, y = _data(rng, 25, 3, shift=-4.0)
    yield Case("shifted features no intercept", "features around -4, lam=3, fit_intercept=False "
               "passed positionally", args=(X, y, 3.0, False))
    X = np.zeros((8, 3))
    yield Case("all-zero features", "X = 0 (8 x 3), lam=1: w = 0 and b = mean(y)",
               args=(X, rng.standard_normal(8), 1.0))
    X, y = _data(rng, 40, 3)
    X = np.hstack([X, X[:, :1] + 1e-4 * rng.standard_normal((40, 1))])
    yield Case("nearly collinear columns", "column 3 almost equals column 0, lam=0.1 "
               "(rtol=1e-5, atol=1e-7)", args=(X, y, 0.1), check=LOOSE)
    X, y = _data(rng, 10, 2)
    yield Case("integer lam", "lam passed as the int 3", args=(X, y, 3))


@suite.cases
def random(rng):
    for i, (n, d, lam, fit) in enumerate([(50, 5, 0.1, True), (100, 20, 10.0, True),
                                           (30, 8, 1.0, False), (64, 64, 0.3, True)]):
        X, y = _data(rng, n, d, shift=rng.uniform(-3, 3), noise=1.0)
        yield Case(f"random {i + 1}", f"N={n}, D={d}, lam={lam:g}, fit_intercept={fit}",
                   args=(X, y, lam), kwargs={"fit_intercept": fit})


@suite.perf
def perf(rng):
    X, y = _data(rng, 8000, 64, shift=1.0, noise=1.0)
    return Case("perf", "N=8000, D=64, lam=1", args=(X, y, 1.0))
