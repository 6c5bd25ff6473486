"""Hidden suite for `rope`: pair layout, rotation direction, positions, base, relative property."""

import numpy as np

from quizcli.suite import Case, Suite, allclose, invariant

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9))


def _relative(got, case):
    """Same vector at every position: <rope(x)_m, rope(x)_n> must depend only on m - n."""
    if not isinstance(got, np.ndarray) or got.shape != case.args[0].shape:
        return "expected an array with the shape of x"
    g = got @ got.T
    norms = np.linalg.norm(got, axis=-1)
    want = np.linalg.norm(case.args[0], axis=-1)
    if not np.allclose(norms, want, rtol=1e-9, atol=1e-9):
        i = int(np.argmax(np.abs(norms - want)))
        return f"rotations must preserve norms: row {i} has norm {norms[i]:.6g}, x has {want[i]:.6g}"
    bad = ~np.isclose(g[1:, 1:], g[:-1, :-1], rtol=1e-8, atol=1e-9)
    if bad.any():
        m, n = (int(t) for t in np.argwhere(bad)[0])
        return (f"relative-position property broken: <out[{m + 1}], out[{n + 1}]> = "
                f"{g[m + 1, n + 1]:.6g} but <out[{m}], out[{n}]> = {g[m, n]:.6g}")
    return None


REL = allclose(rtol=1e-6, atol=1e-9) & invariant(_relative)


@suite.cases
def edge_cases(rng):
    yield Case("position 0 only", "L = 1, d = 4: position 0 is the identity",
               args=(rng.standard_normal((1, 4)),))
    yield Case("d = 2", "L = 5, d = 2: a single pair rotated by pos radians",
               args=(rng.standard_normal((5, 2)),))
    yield Case("unit vectors", "x = e_0 at every position (L = 4, d = 4): out = [cos, sin, 0, 0] "
               "in pair 0", args=(np.tile(np.eye(4)[0], (4, 1)),))
    yield Case("all-zero input", "x = 0: output is 0", args=(np.zeros((2, 3, 6)),))
    yield Case("relative property", "the same 8-d vector at 12 positions: out[m]·out[n] must "
               "depend only on m - n", args=(np.tile(rng.standard_normal(8), (12, 1)),), check=REL)


@suite.cases
def layouts(rng):
    yield Case("batched heads", "x (2, 3, 6, 8), default positions",
               args=(rng.standard_normal((2, 3, 6, 8)),))
    yield Case("large d", "x (5, 64): many frequencies, pairs must be interleaved",
               args=(rng.standard_normal((5, 64)),))
    yield Case("explicit positions", "x (3, 4, 8) with positions [10, 11, 12, 13] (a KV-cache "
               "continuation)", args=(rng.standard_normal((3, 4, 8)),),
               kwargs={"positions": np.arange(10, 14)})
    yield Case("arbitrary positions", "x (5, 6) with unsorted positions [7, 0, 3, 3, 100]",
               args=(rng.standard_normal((5, 6)), np.array([7, 0, 3, 3, 100])))
    yield Case("float positions", "x (4, 4) with positions [0.5, 1.5, 2.25, -1.0]",
               args=(rng.standard_normal((4, 4)),),
               kwargs={"positions": np.array([0.5, 1.5, 2.25, -1.0])})
    yield Case("custom base", "x (2, 7, 16) with base = 500000 (LLaMA 3 uses this base)",
               args=(rng.standard_normal((2, 7, 16)),), kwargs={"base": 500000.0})
    yield Case("small base, positional args", "x (6, 10), positions arange(6) * 3, base 100 "
               "passed positionally", args=(rng.standard_normal((6, 10)), np.arange(6) * 3, 100.0))
    yield Case("long context", "x (3, 16) at positions 100000..100002: large angles",
               args=(rng.standard_normal((3, 16)),),
               kwargs={"positions": np.arange(100000, 100003)}, check=allclose(rtol=1e-6, atol=1e-8))


@suite.perf
def perf(rng):
    return Case("perf", "x (8, 512, 128), default positions",
                args=(rng.standard_normal((8, 512, 128)),))
