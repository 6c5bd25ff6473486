"""Hidden suite for `gradient_descent_linear_regression`: update rule, history, edge cases."""

import numpy as np

from quizcli.suite import Case, Suite, allclose, invariant

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=("w", "b", "history"))


def _non_increasing(got, case):
    """The loss of gradient descent with a small enough step never goes up."""
    try:
        h = np.asarray(got[2], dtype=np.float64)
    except Exception:
        return "expected history as the third item of (w, b, history)"
    if h.ndim != 1:
        return f"history must be 1-D, got shape {h.shape}"
    rise = np.diff(h) > 1e-12 * np.maximum(np.abs(h[:-1]), 1.0)
    if rise.any():
        k = int(np.argmax(rise))
        return (f"history must be non-increasing for this small learning rate, but "
                f"history[{k + 1}] = {h[k + 1]:.6g} > history[{k}] = {h[k]:.6g}")
    return None


MONOTONE = allclose(rtol=1e-6, atol=1e-9) & invariant(_non_increasing)


def _linear_data(rng, n, d, *, noise=0.0, bias=0.0, shift=0.0):
    X = rng.standard_normal((n, d)) + shift
    w_true = rng.standard_normal(d)
    y = X @ w_true + bias + noise * rng.standard_normal(n)
    return X, y


@suite.cases
def edge_cases(rng):
    yield Case("one sample one feature", "X = [[2]], y = [3], lr = 0.05, 5 iterations",
               args=(np.array([[2.0]]), np.array([3.0])), kwargs={"lr": 0.05, "n_iters": 5})
    X, y = _linear_data(rng, 6, 3, bias=1.0)
    yield Case("zero iterations", "n_iters = 0: w = 0, b = 0 and an empty history",
               args=(X, y), kwargs={"lr": 0.1, "n_iters": 0})
    yield Case("one iteration", "n_iters = 1: history = [mean(y**2)] and one step from zero",
               args=(X, y), kwargs={"lr": 0.1, "n_iters": 1})
    yield Case("two iterations", "n_iters = 2: the second step uses the updated w and b",
               args=(X, y), kwargs={"lr": 0.1, "n_iters": 2})
    yield Case("y all zeros", "y = 0: the parameters stay at zero and the loss stays 0",
               args=(rng.standard_normal((8, 4)), np.zeros(8)), kwargs={"lr": 0.1, "n_iters": 10})
    yield Case("lr zero", "lr = 0: nothing moves, history is constant mean(y**2)",
               args=(X, y), kwargs={"lr": 0.0, "n_iters": 4})
    X, y = _linear_data(rng, 30, 3, noise=0.1, bias=0.5)
    yield Case("default lr and n_iters", "only X and y passed: lr = 0.01, n_iters = 100",
               args=(X, y))
    yield Case("positional lr and n_iters", "lr = 0.05 and n_iters = 40 passed positionally",
               args=(X, y, 0.05, 40))
    X, y = _linear_data(rng, 4, 9)
    yield Case("more features than samples", "N = 4, D = 9, lr = 0.02, 50 iterations",
               args=(X, y), kwargs={"lr": 0.02, "n_iters": 50})


@suite.cases
def update_rule(rng):
    X, y = _linear_data(rng, 40, 1, bias=5.0, shift=3.0)
    yield Case("intercept and non-centred feature", "one feature with mean 3 and intercept 5: "
               "w and b are strongly coupled, so the update order matters",
               args=(X, y), kwargs={"lr": 0.05, "n_iters": 30})
    X, y = _linear_data(rng, 50, 4, bias=-3.0, shift=2.0)
    yield Case("large intercept", "4 non-centred features, intercept -3, lr = 0.02, "
               "200 iterations", args=(X, y), kwargs={"lr": 0.02, "n_iters": 200})
    X, y = _linear_data(rng, 100, 5, bias=2.0)
    yield Case("exact linear data", "noiseless y = X w + b: the loss goes to about 0",
               args=(X, y), kwargs={"lr": 0.1, "n_iters": 300})
    X, y = _linear_data(rng, 200, 8, noise=0.5, bias=1.0)
    yield Case("noisy regression", "N = 200, D = 8 with noise, lr = 0.05, 150 iterations",
               args=(X, y), kwargs={"lr": 0.05, "n_iters": 150})
    X, y = _linear_data(rng, 20, 2, bias=1.0)
    yield Case("diverging", "lr = 1.2 is too large: the loss grows; reproduce it anyway",
               args=(X, y), kwargs={"lr": 1.2, "n_iters": 25})
    X = rng.standard_normal((64, 3)) * np.array([1.0, 3.0, 0.3])
    y = X @ np.array([1.0, -2.0, 4.0]) + 0.7 + 0.05 * rng.standard_normal(64)
    yield Case("monotone loss", "well-conditioned data with lr = 0.02: history must be "
               "non-increasing", args=(X, y), kwargs={"lr": 0.02, "n_iters": 100},
               check=MONOTONE)
    X, y = _linear_data(rng, 30, 4, noise=0.2, bias=1.5)
    yield Case("float32 inputs", "float32 X and y; results are computed in float64",
               args=(X.astype(np.float32), y.astype(np.float32)),
               kwargs={"lr": 0.05, "n_iters": 60})


@suite.perf
def perf(rng):
    X, y = _linear_data(rng, 4000, 32, noise=0.1, bias=1.0)
    return Case("perf", "N = 4000, D = 32, 100 iterations",
                args=(X, y), kwargs={"lr": 0.01, "n_iters": 100})
