"""Hidden suite for `conv2d_backward`: dx, dw, db against the reference and finite differences."""

import numpy as np

from quizcli.suite import Case, Suite, allclose, grad_check

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=("dx", "dw", "db"))


def conv2d_forward(x, w, b, stride=1, padding=0):
    """Direct (slow, obviously correct) forward pass for the finite-difference objective."""
    N, C, H, W = x.shape
    F, _, KH, KW = w.shape
    OH = (H + 2 * padding - KH) // stride + 1
    OW = (W + 2 * padding - KW) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.empty((N, F, OH, OW))
    for oh in range(OH):
        for ow in range(OW):
            win = xp[:, :, oh * stride:oh * stride + KH, ow * stride:ow * stride + KW]
            out[:, :, oh, ow] = np.tensordot(win, w, axes=([1, 2, 3], [1, 2, 3])) + b
    return out


def objective(dout, x, w, b, stride=1, padding=0):
    return float(np.sum(dout * conv2d_forward(x, w, b, stride, padding)))


# dx, dw, db (outputs 0, 1, 2) against finite differences w.r.t. x, w, b (args 1, 2, 3).
GRAD = allclose(rtol=1e-6, atol=1e-9) & grad_check(objective, wrt=[1, 2, 3], outputs=[0, 1, 2])


def _case(rng, n, c, h, w_, f, kh, kw, stride=1, padding=0, scale=1.0):
    oh = (h + 2 * padding - kh) // stride + 1
    ow = (w_ + 2 * padding - kw) // stride + 1
    return (rng.standard_normal((n, f, oh, ow)), rng.standard_normal((n, c, h, w_)) * scale,
            rng.standard_normal((f, c, kh, kw)), rng.standard_normal(f))


@suite.cases
def gradient_checks(rng):
    yield Case("basic", "N=2, C=3, 5x5 input, four 3x3 filters, stride 1, no padding: "
               "overlapping windows must accumulate in dx",
               args=_case(rng, 2, 3, 5, 5, 4, 3, 3), check=GRAD)
    yield Case("padding 1", "N=2, C=2, 4x5 input, 3x3 filters, padding 1: dx must drop the "
               "padded border", args=_case(rng, 2, 2, 4, 5, 3, 3, 3, padding=1),
               kwargs={"stride": 1, "padding": 1}, check=GRAD)
    yield Case("stride 2 leftover", "1x2x6x7 input, 3x3 filters, stride 2: windows overlap by "
               "one pixel and the last row is never read (its dx is 0)",
               args=_case(rng, 1, 2, 6, 7, 3, 3, 3, stride=2), kwargs={"stride": 2}, check=GRAD)
    yield Case("stride 3 gaps", "7x7 input, 2x2 filters, stride 3, padding 1 (positional): "
               "windows do not touch; some pixels get no gradient",
               args=_case(rng, 2, 2, 7, 7, 2, 2, 2, stride=3, padding=1) + (3, 1), check=GRAD)
    yield Case("non-square kernel", "N=1, C=3, 5x6 input, 2x3 filters, stride 2, padding 1",
               args=_case(rng, 1, 3, 5, 6, 2, 2, 3, stride=2, padding=1),
               kwargs={"stride": 2, "padding": 1}, check=GRAD)
    yield Case("1x1 kernel", "a 1x1 convolution, C=4 to F=3, on a 3x3 input",
               args=_case(rng, 2, 4, 3, 3, 3, 1, 1), check=GRAD)
    yield Case("kernel covers input", "3x3 filters on a 3x3 input: a single output position",
               args=_case(rng, 3, 2, 3, 3, 2, 3, 3), check=GRAD)
    yield Case("single channel", "N=C=F=1, 4x4 input, 2x2 kernel, padding 2",
               args=_case(rng, 1, 1, 4, 4, 1, 2, 2, padding=2), kwargs={"padding": 2},
               check=GRAD)


@suite.cases
def edge_cases(rng):
    dout, x, w, b = _case(rng, 2, 3, 5, 5, 2, 3, 3, padding=1)
    yield Case("zero dout", "dout = 0: all three gradients are 0",
               args=(np.zeros_like(dout), x, w, b), kwargs={"padding": 1})
    yield Case("zero input", "x = 0: dw must be 0 (dx and db are not)",
               args=(dout, np.zeros_like(x), w, b), kwargs={"padding": 1})
    dout, x, w, b = _case(rng, 2, 3, 6, 6, 4, 3, 3, scale=1e5)
    yield Case("large values", "x of magnitude ~1e5 (dw scales with x)", args=(dout, x, w, b))


@suite.cases
def random(rng):
    for k, (n, c, h, w_, f, kh, kw, s, p) in enumerate([
            (4, 3, 12, 10, 5, 3, 3, 1, 1), (2, 5, 13, 13, 4, 5, 5, 2, 2),
            (3, 2, 9, 11, 6, 4, 2, 3, 0)]):
        dout, x, w, b = _case(rng, n, c, h, w_, f, kh, kw, s, p)
        yield Case(f"random {k + 1}", f"x {x.shape}, w {w.shape}, stride {s}, padding {p}",
                   args=(dout, x, w, b), kwargs={"stride": s, "padding": p})


@suite.perf
def perf(rng):
    args = _case(rng, 8, 16, 32, 32, 16, 3, 3, 1, 1)
    return Case("perf", "x (8, 16, 32, 32), w (16, 16, 3, 3), stride 1, padding 1",
                args=args, kwargs={"stride": 1, "padding": 1})
