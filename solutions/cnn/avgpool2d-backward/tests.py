"""Hidden suite for `avgpool2d_backward`: overlaps, gaps, leftovers, finite-difference checks."""

import numpy as np

from quizcli.suite import AllClose, Case, Check, Suite, allclose, numerical_gradient

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9))


def avgpool2d_forward(x, size=2, stride=2):
    """Direct forward pass for the finite-difference check."""
    N, C, H, W = x.shape
    OH = (H - size) // stride + 1
    OW = (W - size) // stride + 1
    out = np.empty((N, C, OH, OW))
    for oh in range(OH):
        for ow in range(OW):
            out[:, :, oh, ow] = x[:, :, oh * stride:oh * stride + size,
                                  ow * stride:ow * stride + size].mean(axis=(2, 3))
    return out


def _params(case):
    args, kw = case.args, case.kwargs
    size = args[2] if len(args) > 2 else kw.get("size", 2)
    stride = args[3] if len(args) > 3 else kw.get("stride", 2)
    return args[0], tuple(int(s) for s in args[1]), size, stride


class FiniteDifferences(Check):
    """dx against central differences of sum(dout * avgpool2d_forward(x)) w.r.t. x.

    `grad_check` differentiates w.r.t. an array argument, but x is not an argument here (only
    its shape), so this check builds an x of that shape itself. Pooling is linear, so the
    gradient does not depend on the point chosen.
    """

    def expected(self, reference, case):
        dout, shape, size, stride = _params(case)
        x0 = np.linspace(-1.0, 1.0, int(np.prod(shape))).reshape(shape)
        return numerical_gradient(
            lambda x: float(np.sum(dout * avgpool2d_forward(x, size, stride))), x0)

    def compare(self, expected, got, case, names=None):
        msg = AllClose(1e-5, 1e-7).compare(expected, got, case, names)
        return None if msg is None else f"gradient check failed (vs finite differences): {msg}"


GRAD = allclose(rtol=1e-6, atol=1e-9) & FiniteDifferences()


def _dout(rng, shape, size, stride):
    N, C, H, W = shape
    return rng.standard_normal((N, C, (H - size) // stride + 1, (W - size) // stride + 1))


@suite.cases
def gradient_checks(rng):
    for name, desc, shape, size, stride in [
            ("fd 2/2", "x_shape (2, 2, 4, 4), size=2, stride=2", (2, 2, 4, 4), 2, 2),
            ("fd overlap 3/2", "x_shape (1, 2, 7, 7), size=3, stride=2: overlapping windows "
             "accumulate", (1, 2, 7, 7), 3, 2),
            ("fd overlap 2/1", "x_shape (2, 1, 5, 6), size=2, stride=1: inner pixels are in 4 "
             "windows", (2, 1, 5, 6), 2, 1),
            ("fd leftover", "x_shape (1, 3, 5, 7), size=2, stride=2: the last row and column "
             "get no gradient", (1, 3, 5, 7), 2, 2),
            ("fd gaps", "x_shape (1, 2, 8, 8), size=2, stride=3: pixels between windows get 0",
             (1, 2, 8, 8), 2, 3),
            ("fd window covers input", "x_shape (2, 2, 3, 3), size=3: global average pooling",
             (2, 2, 3, 3), 3, 3)]:
        yield Case(name, f"{desc}; checked against finite differences",
                   args=(_dout(rng, shape, size, stride), shape),
                   kwargs={"size": size, "stride": stride}, check=GRAD)


@suite.cases
def edge_cases(rng):
    shape = (2, 3, 6, 6)
    yield Case("zero dout", "dout = 0: dx = 0", args=(np.zeros((2, 3, 3, 3)), shape))
    yield Case("size 1", "size=1, stride=1: dx = dout",
               args=(_dout(rng, (1, 2, 3, 4), 1, 1), (1, 2, 3, 4)), kwargs={"size": 1, "stride": 1})
    yield Case("default arguments", "x_shape (3, 2, 8, 6) with the default size=2, stride=2",
               args=(_dout(rng, (3, 2, 8, 6), 2, 2), (3, 2, 8, 6)))
    yield Case("positional overlap", "x_shape (2, 2, 9, 9), size=3, stride=1 (positional)",
               args=(_dout(rng, (2, 2, 9, 9), 3, 1), (2, 2, 9, 9), 3, 1))
    yield Case("large values", "dout of magnitude ~1e8, size=4, stride=2",
               args=(_dout(rng, (2, 2, 10, 10), 4, 2) * 1e8, (2, 2, 10, 10)),
               kwargs={"size": 4, "stride": 2})


@suite.cases
def random(rng):
    for k, (shape, size, stride) in enumerate([((4, 3, 12, 10), 3, 2), ((2, 5, 13, 11), 4, 3),
                                                ((3, 2, 16, 16), 2, 2)]):
        yield Case(f"random {k + 1}", f"x_shape {shape}, size={size}, stride={stride}",
                   args=(_dout(rng, shape, size, stride), shape),
                   kwargs={"size": size, "stride": stride})


@suite.perf
def perf(rng):
    shape = (8, 32, 64, 64)
    return Case("perf", "x_shape (8, 32, 64, 64), size=2, stride=1 (overlapping windows)",
                args=(_dout(rng, shape, 2, 1), shape), kwargs={"size": 2, "stride": 1})
