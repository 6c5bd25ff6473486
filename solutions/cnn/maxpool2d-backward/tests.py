"""Hidden suite for `maxpool2d_backward`: routing to the first maximum, ties, overlaps, FD checks."""

import numpy as np

from quizcli.suite import Case, Suite, allclose, grad_check

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9))


def maxpool2d_forward(x, size=2, stride=2):
    """Direct forward pass for the finite-difference objective."""
    N, C, H, W = x.shape
    OH = (H - size) // stride + 1
    OW = (W - size) // stride + 1
    out = np.empty((N, C, OH, OW))
    for oh in range(OH):
        for ow in range(OW):
            out[:, :, oh, ow] = x[:, :, oh * stride:oh * stride + size,
                                  ow * stride:ow * stride + size].max(axis=(2, 3))
    return out


def objective(dout, x, size=2, stride=2):
    return float(np.sum(dout * maxpool2d_forward(x, size, stride)))


# dx (the single output) against finite differences w.r.t. x (args[1]); only valid without ties.
GRAD = allclose(rtol=1e-6, atol=1e-9) & grad_check(objective, wrt=[1], outputs=0)


def _distinct(rng, shape):
    """Values that are pairwise at least 0.1 apart: no ties, max never switches within eps."""
    n = int(np.prod(shape))
    return (rng.permutation(n) * 0.1 - n * 0.05 + rng.uniform(0, 0.01, n)).reshape(shape)


def _dout(rng, shape, size, stride):
    N, C, H, W = shape
    return rng.standard_normal((N, C, (H - size) // stride + 1, (W - size) // stride + 1))


@suite.cases
def gradient_checks(rng):
    for name, desc, shape, size, stride in [
            ("fd 2/2", "4x4 input, size=2, stride=2", (2, 2, 4, 4), 2, 2),
            ("fd overlap 3/2", "7x7 input, size=3, stride=2: overlapping windows accumulate",
             (1, 2, 7, 7), 3, 2),
            ("fd overlap 2/1", "5x6 input, size=2, stride=1: a pixel can be the max of 4 windows",
             (2, 1, 5, 6), 2, 1),
            ("fd leftover", "5x7 input, size=2, stride=2: the last row/column get no gradient",
             (1, 3, 5, 7), 2, 2),
            ("fd gaps", "8x8 input, size=2, stride=3: pixels between windows get no gradient",
             (1, 2, 8, 8), 2, 3)]:
        x = _distinct(rng, shape)
        yield Case(name, f"{desc}; distinct values, checked against finite differences",
                   args=(_dout(rng, shape, size, stride), x),
                   kwargs={"size": size, "stride": stride}, check=GRAD)


@suite.cases
def ties(rng):
    x = np.zeros((1, 2, 4, 4))
    yield Case("all zero", "x = 0: every window is a 4-way tie, the top-left element wins",
               args=(_dout(rng, x.shape, 2, 2), x))
    x = np.ones((2, 1, 5, 5))
    yield Case("constant overlap", "constant x, size=3, stride=1: each window's top-left wins "
               "and gradients accumulate where windows overlap",
               args=(_dout(rng, x.shape, 3, 1), x), kwargs={"size": 3, "stride": 1})
    x = rng.integers(0, 3, (2, 3, 6, 6)).astype(np.float64)
    yield Case("integer ties", "integer values in {0, 1, 2}, size=2, stride=2: many ties",
               args=(_dout(rng, x.shape, 2, 2), x))
    x = rng.integers(-1, 2, (2, 2, 7, 7)).astype(np.float64)
    yield Case("integer ties overlap", "values in {-1, 0, 1}, size=3, stride=2 (positional)",
               args=(_dout(rng, x.shape, 3, 2), x, 3, 2))
    x = np.full((1, 1, 4, 4), -np.inf)
    x[0, 0, 1, 1] = np.inf
    yield Case("infinities", "-inf everywhere except one +inf; windows of -inf are ties",
               args=(_dout(rng, x.shape, 2, 2), x))


@suite.cases
def random(rng):
    for k, (shape, size, stride) in enumerate([((4, 3, 8, 8), 2, 2), ((2, 4, 11, 9), 3, 2),
                                                ((3, 2, 10, 13), 4, 3)]):
        x = rng.standard_normal(shape)
        yield Case(f"random {k + 1}", f"x {shape}, size={size}, stride={stride}",
                   args=(_dout(rng, shape, size, stride), x), kwargs={"size": size, "stride": stride})
    x = rng.standard_normal((2, 2, 6, 6))
    yield Case("size 1", "size=1, stride=1: dx = dout", args=(_dout(rng, x.shape, 1, 1), x),
               kwargs={"size": 1, "stride": 1})


@suite.perf
def perf(rng):
    shape = (8, 16, 64, 64)
    return Case("perf", "x (8, 16, 64, 64), size=2, stride=1 (overlapping windows)",
                args=(_dout(rng, shape, 2, 1), rng.standard_normal(shape)),
                kwargs={"size": 2, "stride": 1})
