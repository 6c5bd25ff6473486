"""Hidden suite for `rnn_forward`: shapes, edge cases, saturation, layouts, float32, perf."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9))

F32 = allclose(rtol=1e-4, atol=1e-5)


def make(rng, N, T, D, H, wscale=0.5, xscale=1.0, dtype=np.float64):
    x = rng.standard_normal((N, T, D)) * xscale
    h0 = rng.standard_normal((N, H)) * 0.5
    Wx = rng.standard_normal((D, H)) * wscale / np.sqrt(D)
    Wh = rng.standard_normal((H, H)) * wscale * 2 / np.sqrt(H)  # not symmetric
    b = rng.standard_normal(H) * 0.3
    return tuple(a.astype(dtype) for a in (x, h0, Wx, Wh, b))


@suite.cases
def edge_cases(rng):
    yield Case("single step", "N=2, T=1, D=3, H=4: hs[:, 0] = tanh(x_0 Wx + h0 Wh + b)",
               args=make(rng, 2, 1, 3, 4))
    yield Case("all sizes 1", "N=T=D=H=1", args=make(rng, 1, 1, 1, 1, wscale=1.5))
    yield Case("one sequence", "N=1, T=7, D=3, H=5", args=make(rng, 1, 7, 3, 5))
    yield Case("hidden size 1", "N=3, T=6, D=4, H=1", args=make(rng, 3, 6, 4, 1, wscale=1.5))
    x, h0, Wx, Wh, b = make(rng, 2, 5, 3, 4)
    yield Case("all zeros", "x, h0, weights and bias all zero: every state is 0",
               args=tuple(np.zeros_like(a) for a in (x, h0, Wx, Wh, b)))
    yield Case("zero input", "x = 0 and b = 0: the state evolves from h0 through Wh only",
               args=(np.zeros_like(x), h0 * 3, Wx, Wh * 2, np.zeros_like(b)))
    yield Case("zero h0", "h0 = 0 (the usual initial state)",
               args=(x, np.zeros_like(h0), Wx, Wh, b))


@suite.cases
def layouts(rng):
    # N == T and D == H: a time-major/batch-major mix-up or a transposed Wh does not crash here.
    yield Case("square shapes", "N=T=4 and D=H=4 (a time-major mix-up or Wh.T does not "
               "crash here)", args=make(rng, 4, 4, 4, 4, wscale=1.0))
    yield Case("long sequence", "N=3, T=40, D=5, H=6: errors compound over time",
               args=make(rng, 3, 40, 5, 6, wscale=1.0))
    yield Case("saturated", "inputs and weights scaled up so tanh saturates near +-1 "
               "(values up to ~1e3 before tanh)",
               args=make(rng, 2, 6, 4, 5, wscale=20.0, xscale=30.0))


@suite.cases
def random(rng):
    for i, (N, T, D, H) in enumerate([(2, 3, 4, 5), (5, 8, 3, 7), (8, 12, 10, 16),
                                       (16, 20, 32, 24)]):
        yield Case(f"random {i + 1}", f"N={N}, T={T}, D={D}, H={H}",
                   args=make(rng, N, T, D, H, wscale=1.0))
    yield Case("float32", "N=4, T=10, D=6, H=8, all float32 (float32 or float64 output "
               "accepted; rtol=1e-4, atol=1e-5)", args=make(rng, 4, 10, 6, 8, dtype=np.float32),
               check=F32)


@suite.perf
def perf(rng):
    return Case("perf", "N=32, T=64, D=64, H=128", args=make(rng, 32, 64, 64, 128))
