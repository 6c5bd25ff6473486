"""Hidden suite for `lstm_cell_forward`: gate order, chunk layout, saturation, float32, perf."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=("h", "c"))

F32 = allclose(rtol=1e-4, atol=1e-5)


def make(rng, N, D, H, scale=1.0, dtype=np.float64):
    x = rng.standard_normal((N, D))
    h = rng.standard_normal((N, H)) * 0.5
    c = rng.standard_normal((N, H)) * 2.0
    Wx = rng.standard_normal((D, 4 * H)) * scale / np.sqrt(D)
    Wh = rng.standard_normal((H, 4 * H)) * scale / np.sqrt(H)
    b = rng.standard_normal(4 * H) * scale
    return tuple(a.astype(dtype) for a in (x, h, c, Wx, Wh, b))


def gate_bias(rng, N, D, H, which, value):
    """Small weights, and one gate's bias pushed to `value` (the gate is ~0 or ~1)."""
    x, h, c, Wx, Wh, b = make(rng, N, D, H, scale=0.3)
    b = b.copy()
    b[which * H:(which + 1) * H] = value
    return x, h, c, Wx, Wh, b


@suite.cases
def edge_cases(rng):
    yield Case("all sizes 1", "N=D=H=1", args=make(rng, 1, 1, 1, scale=2.0))
    yield Case("one example", "N=1, D=4, H=3", args=make(rng, 1, 4, 3))
    x, h, c, Wx, Wh, b = make(rng, 3, 4, 5)
    yield Case("all zeros", "everything zero: gates are 0.5, g = 0, so c = 0 and h = 0",
               args=tuple(np.zeros_like(a) for a in (x, h, c, Wx, Wh, b)))
    yield Case("zero weights", "Wx = Wh = 0, b = 0: i = f = o = 0.5, g = 0, so c = c_prev / 2",
               args=(x, h, c, np.zeros_like(Wx), np.zeros_like(Wh), np.zeros_like(b)))
    yield Case("forget gate open", "forget bias +30 (f = 1) and small weights: c keeps "
               "c_prev plus i * g", args=gate_bias(rng, 3, 4, 5, 1, 30.0))
    yield Case("forget gate closed", "forget bias -30 (f = 0): c forgets c_prev",
               args=gate_bias(rng, 3, 4, 5, 1, -30.0))
    yield Case("input gate closed", "input bias -30 (i = 0): c = f * c_prev",
               args=gate_bias(rng, 3, 4, 5, 0, -30.0))
    yield Case("output gate closed", "output bias -30 (o = 0): h is ~0",
               args=gate_bias(rng, 3, 4, 5, 2, -30.0))
    yield Case("saturated", "pre-activations up to ~1e3: sigmoid and tanh saturate, no "
               "overflow allowed", args=make(rng, 4, 6, 5, scale=300.0))


@suite.cases
def layouts(rng):
    yield Case("square", "N=D=H=4 (chunk-layout mix-ups do not crash here)",
               args=make(rng, 4, 4, 4))
    yield Case("H=1", "H=1: the four chunks are single columns", args=make(rng, 5, 3, 1))


@suite.cases
def random(rng):
    for i, (N, D, H) in enumerate([(2, 3, 4), (6, 10, 7), (16, 32, 24), (64, 50, 40)]):
        yield Case(f"random {i + 1}", f"N={N}, D={D}, H={H}", args=make(rng, N, D, H))
    yield Case("float32", "N=8, D=12, H=10, all float32 (float32 or float64 output accepted; "
               "rtol=1e-4, atol=1e-5)", args=make(rng, 8, 12, 10, dtype=np.float32), check=F32)


@suite.perf
def perf(rng):
    return Case("perf", "N=256, D=256, H=256", args=make(rng, 256, 256, 256))
