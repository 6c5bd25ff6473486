"""Hidden suite for `svd_low_rank`: A and B are not unique (signs, the split of the singular
values, rotations inside repeated singular values), so the check compares the product A @ B
with the truncated-SVD reconstruction, plus exact shapes and finiteness."""

import numpy as np

from quizcli.suite import Case, Suite, custom


def _check(got, case, expected):
    W = case.args[0]
    rank = case.args[1] if len(case.args) > 1 else case.kwargs["rank"]
    m, n = W.shape
    if not isinstance(got, tuple | list) or len(got) != 2:
        return "expected a tuple (A, B)"
    A, B = got
    for name, arr, shape in (("A", A, (m, rank)), ("B", B, (rank, n))):
        if not isinstance(arr, np.ndarray):
            return f"{name}: expected an ndarray of shape {shape}, got {type(arr).__name__}"
        if arr.shape != shape:
            return f"{name}: expected shape {shape}, got {arr.shape}"
        if arr.dtype.kind != "f":
            return f"{name}: expected a float array, got dtype {arr.dtype}"
        if not np.all(np.isfinite(arr)):
            return f"{name}: contains NaN or inf"
    target = expected[0] @ expected[1]
    prod = A.astype(np.float64) @ B.astype(np.float64)
    spectral = float(np.linalg.norm(W, 2)) if W.size else 0.0
    tol = 1e-7 * spectral + 1e-12
    err = np.abs(prod - target)
    if err.max() > tol:
        i, j = np.unravel_index(np.argmax(err), err.shape)
        got_err = float(np.linalg.norm(W - prod))
        best = float(np.linalg.norm(W - target))
        return (f"A @ B is not the best rank-{rank} approximation: at index ({i}, {j}) expected "
                f"{target[i, j]:.6g}, got {prod[i, j]:.6g} (max abs error {err.max():.3g}, "
                f"tolerance {tol:.3g}); ||W - A @ B||_F = {got_err:.6g}, optimum {best:.6g}")
    return None


suite = Suite(check=custom(_check), outputs=("A", "B"))


def _with_spectrum(rng, m, n, s):
    """A random m x n matrix with singular values s (descending, distinct gaps)."""
    U, _ = np.linalg.qr(rng.standard_normal((m, len(s))))
    V, _ = np.linalg.qr(rng.standard_normal((n, len(s))))
    return (U * s) @ V.T


@suite.cases
def edge_cases(rng):
    yield Case("rank 1 of a 2 x 2", "a (2, 2) matrix with rank 1 requested",
               args=(np.array([[2.0, -1.0], [0.5, 3.0]]), 1))
    yield Case("row vector", "a (1, 6) matrix with rank 1: reproduces W exactly",
               args=(rng.standard_normal((1, 6)), 1))
    yield Case("column vector", "a (5, 1) matrix with rank 1: reproduces W exactly",
               args=(rng.standard_normal((5, 1)), 1))
    yield Case("full rank", "a (6, 4) matrix with rank = min(m, n) = 4: A @ B equals W",
               args=(rng.standard_normal((6, 4)), 4))
    yield Case("all zeros", "a (3, 5) zero matrix with rank 2: A @ B = 0 (no division by a zero "
               "singular value)", args=(np.zeros((3, 5)), 2))
    W = rng.standard_normal((7, 2)) @ rng.standard_normal((2, 6))
    yield Case("rank above the true rank", "a (7, 6) matrix of exact rank 2 with rank 3 "
               "requested: A @ B equals W; the third singular value is 0", args=(W, 3))
    yield Case("known spectrum", "a (8, 6) matrix with singular values 10, 5, 2, 1, 0.5, 0.1, "
               "rank 3", args=(_with_spectrum(rng, 8, 6, np.array([10, 5, 2, 1, 0.5, 0.1])), 3))
    yield Case("repeated top singular values", "a (6, 6) matrix with singular values 3, 3, 1, "
               "0.5, 0.2, 0.1 and rank 2 (the top-2 subspace is unique, its basis is not)",
               args=(_with_spectrum(rng, 6, 6, np.array([3, 3, 1, 0.5, 0.2, 0.1])), 2))
    yield Case("large magnitudes", "a (5, 7) matrix scaled by 1e6, rank 2",
               args=(rng.standard_normal((5, 7)) * 1e6, 2))


@suite.cases
def random(rng):
    for i, (m, n, r) in enumerate([(4, 3, 1), (10, 10, 3), (12, 30, 5), (40, 16, 8),
                                   (25, 25, 24)]):
        yield Case(f"random {i + 1}", f"a ({m}, {n}) normal matrix with rank {r}",
                   args=(rng.standard_normal((m, n)), r))
    yield Case("rank keyword", "a (9, 7) matrix with rank=2 passed by keyword",
               args=(rng.standard_normal((9, 7)),), kwargs={"rank": 2})


@suite.perf
def perf(rng):
    return Case("perf", "a (256, 192) matrix with rank 32",
                args=(rng.standard_normal((256, 192)), 32))
