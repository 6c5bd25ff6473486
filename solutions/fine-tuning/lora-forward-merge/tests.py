"""Hidden suite for `lora_forward_merge`: values, scaling, zero-initialised B, merge invariant."""

import numpy as np

from quizcli.suite import Case, Suite, allclose, invariant


def _merge_consistent(got, case):
    """The merged weight must reproduce the adapted forward pass: y == x @ W_merged."""
    if not isinstance(got, tuple | list) or len(got) != 2:
        return "expected a tuple (y, W_merged)"
    y, wm = (np.asarray(v, dtype=np.float64) for v in got)
    x = np.asarray(case.args[0], dtype=np.float64)
    if wm.ndim != 2 or wm.shape[0] != x.shape[1] or y.shape != (x.shape[0], wm.shape[1]):
        return f"shapes do not line up: x {x.shape}, y {y.shape}, W_merged {wm.shape}"
    direct = x @ wm
    scale = np.abs(x) @ np.abs(wm) + 1.0
    err = np.abs(y - direct) / scale
    if err.max() > 1e-9:
        i = tuple(int(v) for v in np.unravel_index(np.argmax(err), err.shape))
        return (f"merge invariant broken: y must equal x @ W_merged; at index {i} y = "
                f"{y[i]:.6g} but x @ W_merged = {direct[i]:.6g}")
    return None


# The merge invariant is attached to every hidden case; the suite default stays a plain allclose
# because public examples are graded (and their `expected` validated) with the default check.
CHECK = allclose(rtol=1e-6, atol=1e-9) & invariant(_merge_consistent)
suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=("y", "W_merged"))


def _layer(rng, n, d_in, d_out, r, scale_b=1.0):
    x = rng.standard_normal((n, d_in))
    W = rng.standard_normal((d_in, d_out)) / np.sqrt(d_in)
    A = rng.standard_normal((d_in, r)) / np.sqrt(d_in)
    B = rng.standard_normal((r, d_out)) * scale_b
    return x, W, A, B


@suite.cases
def edge_cases(rng):
    x, W, A, _ = _layer(rng, 4, 6, 5, 2)
    yield Case("B zero at init", "B = 0 (the LoRA initialisation): y = x @ W and W_merged = W",
               args=(x, W, A, np.zeros((2, 5)), 16, 2), check=CHECK)
    x, W, A, B = _layer(rng, 1, 7, 3, 2)
    yield Case("single row", "N = 1 input row", args=(x, W, A, B, 4, 2), check=CHECK)
    x, W, A, B = _layer(rng, 5, 8, 6, 1)
    yield Case("rank 1", "r = 1 adapter with alpha = 1", args=(x, W, A, B, 1, 1), check=CHECK)
    x, W, A, B = _layer(rng, 6, 9, 1, 3)
    yield Case("d_out 1", "a single output feature (W is 9 x 1)", args=(x, W, A, B, 6, 3), check=CHECK)
    x, W, A, B = _layer(rng, 5, 1, 4, 1)
    yield Case("d_in 1", "a single input feature (W is 1 x 4)", args=(x, W, A, B, 2, 1), check=CHECK)
    x, W, A, B = _layer(rng, 4, 6, 6, 2)
    yield Case("alpha 0", "alpha = 0 switches the adapter off", args=(x, W, A, B, 0, 2), check=CHECK)
    x, W, A, B = _layer(rng, 4, 8, 5, 16)
    yield Case("alpha < r ints", "alpha = 8, r = 16 as Python ints: scale 0.5 (true division)",
               args=(x, W, A, B, 8, 16), check=CHECK)
    x, W, A, B = _layer(rng, 4, 8, 5, 3)
    yield Case("alpha not multiple of r", "alpha = 8, r = 3: scale 8/3",
               args=(x, W, A, B, 8, 3), check=CHECK)
    yield Case("zero input", "x = 0: y = 0, W_merged still updated",
               args=(np.zeros((3, 8)), W, A, B, 16, 3), check=CHECK)
    x, W, A, B = _layer(rng, 4, 10, 10, 2)
    yield Case("square W", "d_in = d_out = 10",
               args=(x, W, A, B, 32, 2), check=CHECK)


@suite.cases
def random(rng):
    for i, (n, d_in, d_out, r, alpha) in enumerate([(8, 16, 12, 4, 8), (3, 32, 20, 8, 16.0),
                                                     (17, 24, 40, 4, 32), (10, 64, 48, 8, 1.5)]):
        x, W, A, B = _layer(rng, n, d_in, d_out, r)
        yield Case(f"random {i + 1}", f"N={n}, d_in={d_in}, d_out={d_out}, r={r}, alpha={alpha}",
                   args=(x, W, A, B, alpha, r), check=CHECK)
    x, W, A, B = _layer(rng, 6, 12, 9, 4, scale_b=100.0)
    yield Case("large B", "B entries of size ~100 and alpha = 64: the update dominates W",
               args=(x * 10, W, A, B, 64, 4), check=CHECK)


@suite.perf
def perf(rng):
    x, W, A, B = _layer(rng, 256, 512, 512, 16)
    return Case("perf", "N=256, d_in=d_out=512, r=16", args=(x, W, A, B, 32, 16), check=CHECK)
