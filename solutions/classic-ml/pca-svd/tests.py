"""Hidden suite for `pca_svd`: values up to a sign flip per component, orthonormality,
centring, N - 1 normalisation, wide and tall data, extreme scales and a timing case."""

import numpy as np

from quizcli.suite import Case, Suite, allclose, custom

NAMES = ("components", "explained_variance", "projected")


def _as_float_array(value):
    if not isinstance(value, np.ndarray) or value.dtype.kind not in "fiu":
        return None
    return value.astype(np.float64)


def _check(got, case, expected):
    """Compare with the reference after flipping each returned component (and the matching
    column of `projected`) to the reference's sign; also require orthonormal rows."""
    comps_e, ev_e, proj_e = expected
    if not isinstance(got, tuple | list) or len(got) != 3:
        return "expected a tuple (components, explained_variance, projected)"
    arrays = [_as_float_array(g) for g in got]
    for name, a, e in zip(NAMES, arrays, expected, strict=True):
        if a is None:
            return f"{name}: expected a float ndarray of shape {e.shape}"
        if a.shape != e.shape:
            return f"{name}: expected shape {e.shape}, got shape {a.shape}"
    comps, ev, proj = arrays
    if not np.all(np.isfinite(comps)) or not np.all(np.isfinite(proj)) or not np.all(np.isfinite(ev)):
        return "your output contains nan or inf"
    k = comps.shape[0]
    gram = comps @ comps.T
    err = np.abs(gram - np.eye(k))
    if err.max() > 1e-7:
        i, j = np.unravel_index(int(np.argmax(err)), err.shape)
        return (f"components: rows must be orthonormal; components[{i}] . components[{j}] = "
                f"{gram[i, j]:.6g} (expected {float(i == j):g})")
    signs = np.where(np.sum(comps * comps_e, axis=1) < 0, -1.0, 1.0)
    aligned = (comps * signs[:, None], ev, proj * signs[None, :])
    scale_ev = float(np.max(np.abs(ev_e))) if ev_e.size else 1.0
    scale_proj = float(np.max(np.abs(proj_e))) if proj_e.size else 1.0
    for i, (name, g, e, atol) in enumerate(zip(NAMES, aligned, expected,
                                                (1e-7, 1e-9 * scale_ev + 1e-300,
                                                 1e-7 * scale_proj + 1e-300), strict=True)):
        msg = allclose(rtol=1e-6, atol=atol).compare(e, g, case)
        if msg:
            flip = " (after matching each component's sign to the reference)" if i != 1 else ""
            return f"output[{i}] ({name}){flip}: {msg.split(': ', 1)[1]}"
    return None


suite = Suite(check=custom(_check), outputs=NAMES)


def _data(rng, n, d, scales=None, mean_scale=1.0):
    """Gaussian data with well-separated principal variances (so components are unique)."""
    if scales is None:
        scales = 3.0 * 0.75 ** np.arange(d)
    q, _ = np.linalg.qr(rng.standard_normal((d, d)))
    z = rng.standard_normal((n, d))
    return (z * scales) @ q.T + mean_scale * rng.standard_normal(d)


@suite.cases
def edge_cases(rng):
    yield Case("one dimension", "D=1, k=1: the component is [1] or [-1]",
               args=(rng.standard_normal((7, 1)) * 2 + 3, 1))
    yield Case("two samples", "N=2, D=3, k=1: the component is the normalised difference",
               args=(rng.standard_normal((2, 3)), 1))
    yield Case("all components", "N=40, D=4, k=D: a full rotation of the centred data",
               args=(_data(rng, 40, 4), 4))
    yield Case("first component only", "N=50, D=6, k=1", args=(_data(rng, 50, 6), 1))
    yield Case("large mean", "data centred around 1000 (N=30, D=3, k=2): centring matters",
               args=(_data(rng, 30, 3, mean_scale=1000.0), 2))
    X = _data(rng, 25, 4)
    X[:, 2] = 7.0
    yield Case("constant column", "column 2 is constant (zero variance), k=2",
               args=(X, 2))
    yield Case("wide data", "N=10, D=30 (rank 9 after centring), k=5",
               args=(_data(rng, 10, 30, scales=np.linspace(6, 1, 30)), 5))
    yield Case("large scale", "values around 1e6 in magnitude (relative tolerances), k=2",
               args=(1e6 * _data(rng, 20, 3), 2))
    yield Case("small scale", "values around 1e-6 in magnitude (relative tolerances), k=2",
               args=(1e-6 * _data(rng, 20, 3), 2))
    X = _data(rng, 12, 3)
    yield Case("integer input", "X given as int64 (N=12, D=3), k=2",
               args=(np.round(10 * X).astype(np.int64), 2))


@suite.cases
def random(rng):
    for i, (n, d, k) in enumerate([(100, 5, 3), (64, 10, 4), (200, 20, 6), (33, 8, 8)]):
        yield Case(f"random {i + 1}", f"N={n}, D={d}, n_components={k}",
                   args=(_data(rng, n, d, mean_scale=rng.uniform(0, 5)), k))


@suite.perf
def perf(rng):
    return Case("perf", "N=3000, D=48, n_components=10",
                args=(_data(rng, 3000, 48, scales=np.linspace(10, 1, 48)), 10))
