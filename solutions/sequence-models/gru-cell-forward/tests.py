"""Hidden suite for `gru_cell_forward`: PyTorch's convention, gate order, biases, perf."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9))

F32 = allclose(rtol=1e-4, atol=1e-5)


def make(rng, N, D, H, scale=1.0, dtype=np.float64):
    x = rng.standard_normal((N, D))
    h = rng.standard_normal((N, H))
    Wx = rng.standard_normal((D, 3 * H)) * scale / np.sqrt(D)
    Wh = rng.standard_normal((H, 3 * H)) * scale / np.sqrt(H)
    b = rng.standard_normal(3 * H) * scale
    bh = rng.standard_normal(3 * H) * scale
    return tuple(a.astype(dtype) for a in (x, h, Wx, Wh, b, bh))


def with_bias(rng, N, D, H, which, value):
    """Small weights; the input bias of chunk `which` (0 = r, 1 = z, 2 = n) set to `value`."""
    x, h, Wx, Wh, b, bh = make(rng, N, D, H, scale=0.3)
    b = b.copy()
    b[which * H:(which + 1) * H] = value
    return x, h, Wx, Wh, b, bh


@suite.cases
def edge_cases(rng):
    yield Case("all sizes 1", "N=D=H=1", args=make(rng, 1, 1, 1, scale=2.0))
    yield Case("one example", "N=1, D=4, H=3", args=make(rng, 1, 4, 3))
    x, h, Wx, Wh, b, bh = make(rng, 3, 4, 5)
    yield Case("all zeros", "everything zero: r = z = 0.5, n = 0, so h = 0",
               args=tuple(np.zeros_like(a) for a in (x, h, Wx, Wh, b, bh)))
    yield Case("zero weights", "Wx = Wh = 0 and b = bh = 0: z = 0.5, n = 0, so h = h_prev / 2",
               args=(x, h, np.zeros_like(Wx), np.zeros_like(Wh), np.zeros_like(b),
                     np.zeros_like(bh)))
    yield Case("update gate closed", "b_iz = +30 (z = 1): h must equal h_prev",
               args=with_bias(rng, 3, 4, 5, 1, 30.0))
    yield Case("update gate open", "b_iz = -30 (z = 0): h must equal the candidate n",
               args=with_bias(rng, 3, 4, 5, 1, -30.0))
    x, h, Wx, Wh, b, bh = with_bias(rng, 3, 4, 5, 0, -30.0)
    bh = bh.copy()
    bh[2 * 5:] = 3.0
    yield Case("reset gate closed", "b_ir = -30 (r = 0): the candidate ignores h_prev "
               "and b_hn", args=(x, h, Wx, Wh, b, bh))
    x, h, Wx, Wh, b, bh = with_bias(rng, 3, 4, 5, 0, 30.0)
    yield Case("reset gate open", "b_ir = +30 (r = 1)", args=(x, h, Wx, Wh, b, bh))
    yield Case("saturated", "pre-activations up to ~1e3: no overflow allowed",
               args=make(rng, 4, 6, 5, scale=300.0))


@suite.cases
def random(rng):
    yield Case("square", "N=D=H=4 (chunk-order mix-ups do not crash here)",
               args=make(rng, 4, 4, 4))
    for i, (N, D, H) in enumerate([(2, 3, 4), (6, 10, 7), (16, 32, 24), (64, 50, 40)]):
        yield Case(f"random {i + 1}", f"N={N}, D={D}, H={H}", args=make(rng, N, D, H))
    yield Case("float32", "N=8, D=12, H=10, all float32 (float32 or float64 output accepted; "
               "rtol=1e-4, atol=1e-5)", args=make(rng, 8, 12, 10, dtype=np.float32), check=F32)


@suite.perf
def perf(rng):
    return Case("perf", "N=256, D=256, H=256", args=make(rng, 256, 256, 256))
