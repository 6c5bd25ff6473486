"""Hidden suite for `logistic_regression_gd`: history semantics, unpenalised bias, stable loss,
gradient steps against finite differences, random data and a timing case."""

import numpy as np
import reference

from quizcli.suite import Case, Suite, allclose, custom, numerical_gradient

NAMES = ("w", "b", "history")
suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=NAMES)


def _objective(theta, X, y, l2):
    """Mean log-loss + (l2 / 2) ||w||^2 at theta = concat(w, [b]), computed stably."""
    w, b = theta[:-1], theta[-1]
    z = X @ w + b
    return np.mean(np.logaddexp(0.0, z) - y * z) + 0.5 * l2 * (w @ w)


def _fd_step(got, case, expected):
    """The last update must be a gradient step on the objective: w_T = w_{T-1} - lr * grad,
    with grad taken by central finite differences (float64) at the previous iterate."""
    X, y = (np.asarray(a, dtype=np.float64) for a in case.args[:2])
    lr, n_iters, l2 = case.kwargs["lr"], case.kwargs["n_iters"], case.kwargs.get("l2", 0.0)
    w_prev, b_prev, _ = reference.logistic_regression_gd(X, y, lr=lr, n_iters=n_iters - 1, l2=l2)
    theta = np.concatenate([w_prev, [b_prev]])
    g = numerical_gradient(lambda t: _objective(t, X, y, l2), theta)
    want = theta - lr * g
    if not isinstance(got, tuple | list) or len(got) != 3:
        return "expected a tuple (w, b, history)"
    try:
        have = np.concatenate([np.asarray(got[0], dtype=np.float64).reshape(-1),
                               [float(got[1])]])
    except (TypeError, ValueError):
        return "could not read w and b as numbers"
    if have.shape != want.shape:
        return f"w has {have.size - 1} entries, expected {want.size - 1}"
    bad = np.abs(have - want) > 1e-7 + 1e-5 * np.abs(want)
    if bad.any():
        i = int(np.argmax(bad))
        name = f"w[{i}]" if i < want.size - 1 else "b"
        return (f"gradient check failed (vs finite differences of mean log-loss + l2/2 ||w||^2): "
                f"after the last step {name} should be {want[i]:.8g}, got {have[i]:.8g}")
    return None


FD = allclose(rtol=1e-6, atol=1e-9) & custom(_fd_step)


def _blobs(rng, n, d, sep=1.0, flip=0.0):
    y = (rng.random(n) < 0.5).astype(np.int64)
    X = rng.standard_normal((n, d)) + sep * (2 * y[:, None] - 1) * rng.standard_normal(d)
    if flip:
        y = np.where(rng.random(n) < flip, 1 - y, y)
    return X, y


@suite.cases
def edge_cases(rng):
    X, y = _blobs(rng, 6, 3)
    yield Case("zero iterations", "n_iters=0: w = 0, b = 0, empty history of shape (0,)",
               args=(X, y), kwargs={"n_iters": 0})
    yield Case("one iteration", "n_iters=1: history = [log 2], one step from w = 0, b = 0",
               args=(X, y), kwargs={"lr": 0.5, "n_iters": 1})
    yield Case("single sample", "N=1, D=1, y=[1], 20 iterations",
               args=(np.array([[2.0]]), np.array([1])), kwargs={"n_iters": 20})
    yield Case("single feature", "N=30, D=1, l2=0.1",
               args=_blobs(rng, 30, 1, flip=0.1), kwargs={"lr": 0.3, "n_iters": 50, "l2": 0.1})
    yield Case("all labels one", "every y = 1 with l2=1: b keeps growing, w is shrunk",
               args=(rng.standard_normal((10, 2)), np.ones(10, dtype=np.int64)),
               kwargs={"lr": 0.5, "n_iters": 40, "l2": 1.0})
    y = np.zeros(12, dtype=np.int64)
    y[:9] = 1
    yield Case("all-zero features", "X = 0 (12 x 3), 9 of 12 labels 1, l2=0.5: w stays 0 and b "
               "moves towards log(3) (the bias is not penalised)",
               args=(np.zeros((12, 3)), y), kwargs={"lr": 1.0, "n_iters": 60, "l2": 0.5})
    X, y = _blobs(rng, 40, 4, sep=0.5, flip=0.15)
    y = np.where(np.arange(40) < 30, 1, y)
    yield Case("unbalanced with l2", "N=40, D=4, mostly positive labels, l2=2: b must not be "
               "penalised", args=(X, y), kwargs={"lr": 0.2, "n_iters": 80, "l2": 2.0})
    X, y = _blobs(rng, 20, 3, sep=2.0, flip=0.2)
    yield Case("large feature values", "features scaled by 200, lr=1, noisy labels: logits reach "
               "|z| in the thousands; the loss must stay finite (compute it from the logits)",
               args=(200.0 * X, y), kwargs={"lr": 1.0, "n_iters": 15})
    X, y = _blobs(rng, 50, 2, sep=3.0)
    yield Case("separable data", "linearly separable N=50, D=2, 300 iterations: w keeps growing",
               args=(X, y), kwargs={"lr": 0.5, "n_iters": 300})
    X, y = _blobs(rng, 25, 3, flip=0.1)
    yield Case("float labels", "y given as a float64 array of 0.0 / 1.0, l2=0.05",
               args=(X, y.astype(np.float64)), kwargs={"n_iters": 30, "l2": 0.05})


@suite.cases
def gradient_checks(rng):
    for i, (n, d, l2) in enumerate([(8, 3, 0.0), (10, 4, 0.7), (15, 2, 3.0)]):
        X, y = _blobs(rng, n, d, flip=0.2)
        yield Case(f"gradient check {i + 1}", f"N={n}, D={d}, l2={l2:g}, 3 iterations: the last "
                   "update must equal -lr times the finite-difference gradient of the objective",
                   args=(X, y), kwargs={"lr": 0.4, "n_iters": 3, "l2": l2}, check=FD)


@suite.cases
def random(rng):
    for i, (n, d, lr, iters, l2) in enumerate([(100, 5, 0.1, 100, 0.0), (64, 10, 0.05, 150, 0.01),
                                                (200, 3, 1.0, 50, 0.3)]):
        X, y = _blobs(rng, n, d, flip=0.1)
        yield Case(f"random {i + 1}", f"N={n}, D={d}, lr={lr:g}, n_iters={iters}, l2={l2:g}",
                   args=(X, y), kwargs={"lr": lr, "n_iters": iters, "l2": l2})
    X, y = _blobs(rng, 30, 4, flip=0.1)
    yield Case("positional arguments", "lr, n_iters and l2 passed positionally",
               args=(X, y, 0.2, 25, 0.1))


@suite.perf
def perf(rng):
    X, y = _blobs(rng, 2000, 50, sep=0.3, flip=0.1)
    return Case("perf", "N=2000, D=50, 150 iterations, l2=0.01",
                args=(X, y), kwargs={"lr": 0.1, "n_iters": 150, "l2": 0.01})
