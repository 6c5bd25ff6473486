"""Hidden suite for `dropout_forward_backward`: inverted scaling, mask convention, p = 0 and
p = 1, gradient checks, float32 and a timing case."""

import numpy as np
import reference

from quizcli.suite import Case, Suite, allclose, grad_check

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=("out", "dx"))

# float32 inputs: one or two roundings of ~6e-8 each; float32 or float64 output accepted.
F32 = allclose(rtol=1e-5, atol=1e-7)


def objective(x, dout, mask, p):
    """dx must be the gradient of sum(dout * out) with respect to x (mask and p fixed)."""
    return np.sum(dout * reference.dropout_forward_backward(x, dout, mask, p)[0])


GRAD = allclose(rtol=1e-6, atol=1e-9) & grad_check(objective, wrt=[0], outputs=[1])


def keep_mask(rng, shape, p):
    """A keep-mask as a dropout layer would sample it: True with probability 1 - p."""
    return rng.random(shape) >= p


@suite.cases
def edge_cases(rng):
    x, d = rng.standard_normal((4, 5)), rng.standard_normal((4, 5))
    yield Case("p = 0", "p = 0 with an all-True mask: out = x and dx = dout",
               args=(x, d, np.ones((4, 5), dtype=bool), 0.0))
    x, d = rng.standard_normal((3, 6)), rng.standard_normal((3, 6))
    yield Case("p = 1", "p = 1 with an all-False mask: out and dx must be all zeros (no NaN)",
               args=(x, d, np.zeros((3, 6), dtype=bool), 1.0))
    x, d = rng.standard_normal((3, 4)), rng.standard_normal((3, 4))
    yield Case("everything dropped, p < 1", "p = 0.3 but the mask happens to be all False: "
               "zeros", args=(x, d, np.zeros((3, 4), dtype=bool), 0.3))
    x, d = rng.standard_normal((5, 4)), rng.standard_normal((5, 4))
    yield Case("everything kept, p = 0.5", "p = 0.5 with an all-True mask: out = 2x, dx = 2 dout",
               args=(x, d, np.ones((5, 4), dtype=bool), 0.5))
    yield Case("single element kept", "a (1,) input kept with p = 0.2",
               args=(np.array([1.5]), np.array([-2.0]), np.array([True]), 0.2))
    yield Case("single element dropped", "a (1, 1) input dropped with p = 0.2",
               args=(np.array([[1.5]]), np.array([[-2.0]]), np.array([[False]]), 0.2))
    x, d = rng.standard_normal((6, 7)), rng.standard_normal((6, 7))
    yield Case("asymmetric mask", "p = 0.25 and a mask that keeps only the first 2 columns "
               "(True = keep, not drop)", args=(x, d, np.arange(7)[None, :].repeat(6, 0) < 2, 0.25))
    x = rng.standard_normal((4, 6)) * 10.0 ** rng.integers(-200, 200, (4, 6))
    yield Case("extreme magnitudes", "x from 1e-200 to 1e200 with p = 0.9 (scale 10)",
               args=(x, rng.standard_normal((4, 6)), keep_mask(rng, (4, 6), 0.9), 0.9))
    x = rng.standard_normal((3, 5))
    yield Case("dout zeros", "dout = 0 with p = 0.4: dx must be all zeros",
               args=(x, np.zeros((3, 5)), keep_mask(rng, (3, 5), 0.4), 0.4))


@suite.cases
def gradient_checks(rng):
    for i, (shape, p) in enumerate([((6,), 0.5), ((3, 4), 0.2), ((2, 3, 4), 0.75)]):
        yield Case(f"gradient check {i + 1}", f"a {shape} input with p = {p:g}: dx against "
                   "finite differences of sum(dout * out)",
                   args=(rng.standard_normal(shape), rng.standard_normal(shape),
                         keep_mask(rng, shape, p), p), check=GRAD)


@suite.cases
def random(rng):
    for i, (shape, p) in enumerate([((50,), 0.1), ((8, 12), 0.5), ((3, 4, 5), 0.3),
                                     ((2, 3, 4, 5), 0.8), ((16, 3, 8, 8), 0.05)]):
        yield Case(f"random {i + 1}", f"a {shape} input with p = {p:g} and a random mask",
                   args=(rng.standard_normal(shape) * 3, rng.standard_normal(shape),
                         keep_mask(rng, shape, p), p))
    shape = (6, 10)
    yield Case("float32", "float32 x and dout of shape (6, 10) with p = 0.3 (float32 or "
               "float64 output accepted; rtol=1e-5, atol=1e-7)",
               args=(rng.standard_normal(shape).astype(np.float32),
                     rng.standard_normal(shape).astype(np.float32), keep_mask(rng, shape, 0.3),
                     0.3), check=F32)


@suite.perf
def perf(rng):
    # One multiply per element: the limit is 10x the reference (at least 0.1 s), which an
    # element-by-element Python loop over 360k elements exceeds.
    shape = (600, 600)
    return Case("perf", "a 600 x 600 input with p = 0.5",
                args=(rng.standard_normal(shape), rng.standard_normal(shape),
                      keep_mask(rng, shape, 0.5), 0.5))
