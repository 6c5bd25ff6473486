"""Hidden suite for `quantize_asymmetric_per_channel`: exact codes, per-channel ranges that
include 0, negative axes, all-zero / constant / one-signed channels, ties that need the clip."""

import numpy as np

from quizcli.suite import Case, Suite, allclose, custom, exact

_Q = exact(strict_dtype=True)
_SCALE = allclose(rtol=1e-9, atol=1e-300)
_ZP = exact(strict_dtype=False)  # any integer dtype; a float array is rejected
_NAMES = ("q", "scale", "zero_point")


def _check(got, case, expected):
    if not isinstance(got, tuple | list) or len(got) != 3:
        return "expected a tuple (q, scale, zero_point)"
    return (_Q.compare(expected[0], got[0], case, _NAMES, 0)
            or _SCALE.compare(expected[1], got[1], case, _NAMES, 1)
            or _ZP.compare(expected[2], got[2], case, _NAMES, 2))


suite = Suite(check=custom(_check), outputs=_NAMES)


@suite.cases
def edge_cases(rng):
    yield Case("one channel", "a (1, 8) weight: a single channel along axis 0",
               args=(rng.standard_normal((1, 8)),))
    yield Case("one element per channel", "a (6, 1) weight: each channel holds one value",
               args=(rng.standard_normal((6, 1)),))
    yield Case("1-D per element", "a (7,) vector with axis 0: every entry is its own channel",
               args=(rng.standard_normal(7),))
    w = rng.standard_normal((5, 6))
    w[0] = np.abs(w[0]) + 0.5     # all positive: min widened to 0, zero_point 0
    w[1] = -np.abs(w[1]) - 0.5    # all negative: max widened to 0, zero_point = qmax
    w[2] = 0.0                    # all zero: scale 1, zero_point 0, q 0
    w[3] = 1.75                   # constant non-zero: range [0, 1.75]
    yield Case("special channels", "a (5, 6) weight with an all-positive, an all-negative, an "
               "all-zero and a constant (1.75) channel", args=(w,))
    yield Case("all zeros", "a (3, 4) zero weight: scale 1.0, zero_point 0, q 0 (no 0/0)",
               args=(np.zeros((3, 4)),))
    yield Case("ties need the clip", "channels [-3.5, 251.5] and [-2.5, 252.5]: scale 1, "
               "zero_point round(3.5) = 4, and round(251.5) + 4 = 256 must clip to 255",
               args=(np.array([[-3.5, 251.5, 0.0], [-2.5, 252.5, 1.0]]),))
    yield Case("square axis 0", "a (6, 6) weight, channels along axis 0 (reducing along the "
               "wrong axis keeps the shape here)", args=(rng.standard_normal((6, 6)) * 2,))
    yield Case("huge and tiny channels", "a (4, 10) weight whose rows have scales 1e-20, 1, 1e3 "
               "and 1e20", args=(rng.standard_normal((4, 10)) * np.array([[1e-20], [1.0], [1e3],
                                                                          [1e20]]),))


@suite.cases
def axes_and_bits(rng):
    yield Case("axis 1", "a (5, 7) weight with one channel per column (axis=1)",
               args=(rng.standard_normal((5, 7)),), kwargs={"axis": 1})
    yield Case("axis -1", "a (3, 4, 5) tensor with channels along the last axis (axis=-1)",
               args=(rng.standard_normal((3, 4, 5)),), kwargs={"axis": -1})
    yield Case("conv weight", "a (8, 3, 3, 3) conv weight (C_out, C_in, kh, kw), axis 0",
               args=(rng.standard_normal((8, 3, 3, 3)) * 0.1,))
    yield Case("axis -3 positional", "a (2, 6, 3, 4) tensor, axis -3 passed positionally",
               args=(rng.standard_normal((2, 6, 3, 4)), -3))
    yield Case("4 bits", "a (6, 16) weight with n_bits=4: codes in [0, 15]",
               args=(rng.standard_normal((6, 16)) + 0.3,), kwargs={"n_bits": 4})
    yield Case("2 bits axis 1", "a (9, 4) weight, axis=1, n_bits=2: codes in [0, 3]",
               args=(rng.uniform(-1, 3, (9, 4)),), kwargs={"axis": 1, "n_bits": 2})
    yield Case("random", "a (32, 48) weight with per-row scales and offsets",
               args=(rng.standard_normal((32, 48)) * rng.uniform(0.01, 5, (32, 1))
                     + rng.uniform(-2, 2, (32, 1)),))


@suite.perf
def perf(rng):
    return Case("perf", "a 512 x 1024 weight, one channel per row",
                args=(rng.standard_normal((512, 1024)),))
