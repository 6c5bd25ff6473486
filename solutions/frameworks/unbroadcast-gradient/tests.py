"""Hidden suite for `unbroadcast`: NumPy broadcasting rules, size-1 and size-0 axes, scalar
inputs, dtype preservation, and gradients of real broadcasting products vs finite differences."""

import numpy as np

from quizcli.suite import AllClose, Case, Check, Suite, allclose, numerical_gradient

# float64: sums may be taken in any order (rtol=1e-10, atol=1e-12); shape and dtype are strict.
# The scalar case needs a 0-d ndarray: a Python float or np.float64 is rejected by the check
# (expected an ndarray of shape ()).
suite = Suite(check=allclose(rtol=1e-10, atol=1e-12, strict_dtype=True))

# float32 gradients: the result must stay float32; float32 sums of up to ~100 terms.
F32 = allclose(rtol=1e-4, atol=1e-4, strict_dtype=True)


class MatchesFiniteDifferences(Check):
    """The result equals the central finite-difference gradient (float64) of
    f(x) = sum(upstream * (x * y)) with respect to x, where x * y broadcasts."""

    def __init__(self, x, y, upstream, rtol=1e-6, atol=1e-7):
        self.x, self.y, self.upstream = x, y, upstream
        self.rtol, self.atol = rtol, atol

    def _f(self, x):
        return float(np.sum(self.upstream * (x * self.y)))

    def expected(self, reference, case):
        return numerical_gradient(self._f, self.x)

    def compare(self, expected, got, case, names=None):
        msg = AllClose(self.rtol, self.atol, strict_dtype=True).compare(expected, got, case)
        if msg:
            return ("gradient check failed (vs finite differences of "
                    f"sum(upstream * (x * y)) w.r.t. x): {msg}")
        return None


def _product_case(rng, i, x_shape, y_shape):
    """grad = dL/d(broadcast x) = upstream * y, reduced to x.shape must equal dL/dx."""
    x = rng.standard_normal(x_shape)
    y = rng.standard_normal(y_shape)
    out_shape = np.broadcast_shapes(x_shape, y_shape)
    upstream = rng.standard_normal(out_shape)
    grad = upstream * np.broadcast_to(y, out_shape)
    check = (allclose(rtol=1e-10, atol=1e-12, strict_dtype=True)
             & MatchesFiniteDifferences(x, y, upstream))
    return Case(f"gradient check {i}", f"x {x_shape} * y {y_shape} -> {out_shape}: "
                "unbroadcast(upstream * y, x.shape) vs finite differences of "
                "sum(upstream * (x * y)) w.r.t. x", args=(grad, x_shape), check=check)


@suite.cases
def gradient_checks(rng):
    pairs = [((3, 1), (4,)),          # x column stretched over 4 columns
             ((4,), (3, 4)),          # x like a bias, broadcast over 3 rows
             ((), (2, 3)),            # scalar x
             ((2, 1, 3), (4, 1)),     # both stretched, output (2, 4, 3)
             ((1, 5), (3, 1, 1)),     # leading axis added and size-1 axis stretched
             ((2, 3), (2, 3))]        # no broadcasting at all
    for i, (xs, ys) in enumerate(pairs, 1):
        yield _product_case(rng, i, xs, ys)


@suite.cases
def broadcasting_rules(rng):
    g = rng.standard_normal
    yield Case("same shape", "grad (3, 4), shape (3, 4): nothing to reduce, return a copy",
               args=(g((3, 4)), (3, 4)))
    yield Case("bias over rows", "grad (5, 4) -> (4,): sum the leading axis",
               args=(g((5, 4)), (4,)))
    yield Case("column over columns", "grad (3, 6) -> (3, 1): sum axis 1, keep it as size 1",
               args=(g((3, 6)), (3, 1)))
    yield Case("square, right-aligned", "grad (4, 4) -> (4,): the input is aligned with the "
               "LAST axis, so sum axis 0 (column sums), not axis 1",
               args=(g((4, 4)), (4,)))
    yield Case("row vector", "grad (4, 4) -> (1, 4): sum axis 0, keepdims",
               args=(g((4, 4)), (1, 4)))
    yield Case("all size 1", "grad (2, 3) -> (1, 1)", args=(g((2, 3)), (1, 1)))
    yield Case("one element", "grad (5,) -> (1,)", args=(g(5), (1,)))
    yield Case("size 1 in both", "grad (3, 1, 4) -> (1, 1, 4): axis 1 is 1 in both",
               args=(g((3, 1, 4)), (1, 1, 4)))
    yield Case("leading size-1 axes", "grad (1, 1, 3) -> (3,): extra leading axes of size 1",
               args=(g((1, 1, 3)), (3,)))
    yield Case("same rank, two stretched axes", "grad (2, 3, 4) -> (1, 3, 1)",
               args=(g((2, 3, 4)), (1, 3, 1)))
    yield Case("leading and stretched", "grad (2, 3, 4, 5) -> (3, 1, 5)",
               args=(g((2, 3, 4, 5)), (3, 1, 5)))
    yield Case("middle axis", "grad (6, 7, 8) -> (6, 1, 8)",
               args=(g((6, 7, 8)), (6, 1, 8)))
    yield Case("shape as a list", "grad (3, 5) -> [3, 1] given as a Python list",
               args=(g((3, 5)), [3, 1]))


@suite.cases
def scalars(rng):
    yield Case("scalar from matrix", "grad (2, 3) -> (): a 0-d ndarray holding the total",
               args=(rng.standard_normal((2, 3)), ()))
    yield Case("scalar from vector", "grad (7,) -> (): a 0-d ndarray, not a NumPy/Python float",
               args=(rng.standard_normal(7), ()))
    yield Case("scalar from scalar", "grad of shape () -> (): a 0-d ndarray copy",
               args=(np.array(rng.standard_normal()), ()))
    yield Case("scalar from (1, 1)", "grad (1, 1) -> (): two leading size-1 axes, still a 0-d "
               "ndarray", args=(rng.standard_normal((1, 1)), ()))


@suite.cases
def empty_and_special(rng):
    yield Case("empty to size 1", "grad (0, 3) -> (1, 3): summing an empty axis gives zeros",
               args=(np.zeros((0, 3)), (1, 3)))
    yield Case("empty leading axis", "grad (0, 3) -> (3,): zeros",
               args=(np.zeros((0, 3)), (3,)))
    yield Case("empty trailing axis", "grad (2, 0) -> (2, 1): zeros",
               args=(np.zeros((2, 0)), (2, 1)))
    yield Case("empty stays empty", "grad (0, 3) -> (0, 3): an empty array of shape (0, 3)",
               args=(np.zeros((0, 3)), (0, 3)))
    yield Case("empty result", "grad (4, 0, 3) -> (0, 1): an empty array of shape (0, 1)",
               args=(np.zeros((4, 0, 3)), (0, 1)))
    yield Case("all zeros", "grad (3, 4, 5) of zeros -> (4, 1)",
               args=(np.zeros((3, 4, 5)), (4, 1)))
    yield Case("integer-valued", "grad (6, 5) of small integers (as float64) -> (1, 5): exact sums",
               args=(rng.integers(-9, 10, (6, 5)).astype(np.float64), (1, 5)))
    yield Case("large magnitudes", "grad (8, 9) of order 1e8 -> (8, 1)",
               args=(1e8 * rng.standard_normal((8, 9)), (8, 1)))
    yield Case("float32", "float32 grad (10, 6, 7) -> (6, 1): result must be float32 "
               "(rtol=1e-4, atol=1e-4)", args=(rng.standard_normal((10, 6, 7)).astype(np.float32),
                                              (6, 1)), check=F32)
    yield Case("float32 same shape", "float32 grad (3, 4) -> (3, 4): float32 copy",
               args=(rng.standard_normal((3, 4)).astype(np.float32), (3, 4)), check=F32)


@suite.cases
def random(rng):
    """Random ranks, with each input axis independently kept, set to 1, or dropped (leading)."""
    for i in range(8):
        ndim = int(rng.integers(1, 5))
        gshape = tuple(int(d) for d in rng.integers(1, 6, ndim))
        lead = int(rng.integers(0, ndim + 1))
        xshape = tuple(1 if rng.random() < 0.5 else d for d in gshape[lead:])
        yield Case(f"random {i + 1}", f"grad {gshape} -> {xshape}",
                   args=(rng.standard_normal(gshape), xshape))


@suite.perf
def perf(rng):
    return Case("perf", "grad (64, 128, 128) (about 1M float64) -> (128, 1)",
                args=(rng.standard_normal((64, 128, 128)), (128, 1)))
