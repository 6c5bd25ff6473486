"""Hidden suite for `train_mlp_classifier`: synthetic data sets that are not linearly
separable (spirals, circles, XOR); the check is the test accuracy against hidden labels."""

import numpy as np

from quizcli.suite import Case, Suite, invariant

# Hidden cases use their own accuracy check; the default check (exact labels) only applies
# to the public example, a tiny XOR problem whose labels every working MLP gets right.
suite = Suite()


# --- data sets (all generated from the suite's rng) --------------------------------------

def spirals(rng, n, k=3, noise=0.2, turns=1.0):
    """k interleaved spiral arms in 2-D; the angle grows with the radius."""
    y = rng.integers(0, k, n)
    r = rng.uniform(0.05, 1.0, n)
    theta = y * 2 * np.pi / k + r * turns * 2 * np.pi + noise * rng.standard_normal(n)
    return np.stack([r * np.cos(theta), r * np.sin(theta)], axis=1), y


def circles(rng, n, noise=0.08):
    """Two concentric rings (radius 0.5 = class 0, radius 1 = class 1)."""
    y = rng.integers(0, 2, n)
    r = np.where(y == 0, 0.5, 1.0) + noise * rng.standard_normal(n)
    t = rng.uniform(0, 2 * np.pi, n)
    return np.stack([r * np.cos(t), r * np.sin(t)], axis=1), y


def xor(rng, n, noise=0.35):
    """Four Gaussian blobs at (+-1, +-1); opposite corners share a class."""
    c = rng.integers(0, 4, n)
    centres = np.array([[1.0, 1.0], [-1.0, -1.0], [1.0, -1.0], [-1.0, 1.0]])
    return centres[c] + noise * rng.standard_normal((n, 2)), (c >= 2).astype(np.int64)


def accuracy_check(y_test, threshold, linear):
    """Predictions must be an integer array of shape (m,) with test accuracy >= threshold."""
    k = int(y_test.max()) + 1

    def check(got, case):
        m = y_test.shape[0]
        if not isinstance(got, np.ndarray):
            return f"expected an ndarray of {m} integer labels, got {type(got).__name__}"
        if got.shape != (m,):
            return f"expected predictions of shape ({m},) (one label per test point), got {got.shape}"
        if got.dtype.kind not in "iu":
            return f"expected an integer array (e.g. int64), got dtype {got.dtype}"
        if got.min() < 0 or got.max() >= k:
            return f"labels must be in 0..{k - 1}; got values from {got.min()} to {got.max()}"
        acc = float(np.mean(got == y_test))
        if acc < threshold:
            return (f"test accuracy {acc:.3f} is below the required {threshold:.2f} (a linear "
                    f"classifier stays near {linear:.2f} or below on this data set)")
        return None

    return invariant(check)


def make_case(name, description, X, y, threshold, linear, n_train, kwargs=None):
    X_train, y_train, X_test, y_test = X[:n_train], y[:n_train], X[n_train:], y[n_train:]
    return Case(name, f"{description}; {len(X_train)} train / {len(X_test)} test points, "
                f"needs test accuracy >= {threshold:.2f}",
                args=(X_train, y_train, X_test), kwargs=kwargs or {},
                check=accuracy_check(y_test, threshold, linear))


@suite.cases
def data_sets(rng):
    X, y = spirals(rng, 1500, k=2)
    yield make_case("2 spirals", "two interleaved spiral arms in 2-D", X, y, 0.9, 0.6, 1000)
    X, y = spirals(rng, 1500, k=4, noise=0.15)
    yield make_case("4 spirals", "four interleaved spiral arms in 2-D", X, y, 0.9, 0.3, 1000)
    X, y = circles(rng, 1500)
    yield make_case("circles", "two concentric rings", X, y, 0.9, 0.6, 1000)
    X, y = xor(rng, 1500)
    yield make_case("xor", "XOR of four Gaussian blobs", X, y, 0.9, 0.55, 1000)
    X, y = xor(rng, 1500)
    X = X * np.array([40.0, 25.0]) + np.array([300.0, -120.0])
    yield make_case("offset and scaled features", "XOR blobs with features centred near "
                    "(300, -120) and std ~45 and ~28 (standardise with training statistics)",
                    X, y, 0.9, 0.55, 1000)
    X, y = spirals(rng, 1500, k=3)
    X = np.concatenate([X, 0.5 * rng.standard_normal((1500, 3))], axis=1)
    yield make_case("5 features", "3 spirals in the first 2 of 5 features, the other 3 are "
                    "noise", X, y, 0.85, 0.4, 1000)
    X, y = circles(rng, 400)
    yield make_case("small training set", "two concentric rings, only 150 training points",
                    X, y, 0.85, 0.6, 150)
    X, y = spirals(rng, 1500, k=3)
    yield make_case("other hyperparameters", "3 spirals called with hidden=64, seed=7", X, y,
                    0.9, 0.4, 1000, kwargs={"hidden": 64, "seed": 7})


@suite.perf
def perf(rng):
    X, y = spirals(rng, 1500, k=3)
    return make_case("3 spirals (timed)", "three interleaved spiral arms in 2-D", X, y, 0.9,
                     0.4, 1000)
