"""Hidden suite for `ab_test_z`: pooled two-proportion z statistics and accurate two-sided
p-values for scalars and broadcast arrays, the se == 0 convention, tiny p-values down to ~1e-300,
unequal arm sizes and counts large enough to overflow integer arithmetic."""

import numpy as np

from quizcli.suite import Case, Suite, allclose, custom

NAMES = ("z", "p_value")
Z_CHECK = allclose(rtol=1e-9, atol=1e-9, strict_dtype=True)
# p: relative 1e-9 down to 1e-300 (atol only absorbs the subnormal range, where any two
# accurate implementations may differ); a naive 1 - Phi(|z|) loses that precision for |z| > ~6.
P_CHECK = allclose(rtol=1e-9, atol=1e-300, strict_dtype=True)


def z_and_p(got, case, expected):
    if not isinstance(got, tuple | list) or len(got) != 2:
        kind = f"{type(got).__name__} of {len(got)}" if isinstance(got, tuple | list) else \
            type(got).__name__
        return f"expected a tuple (z, p_value), got {kind}"
    return (Z_CHECK.compare(expected[0], got[0], case, NAMES, 0)
            or P_CHECK.compare(expected[1], got[1], case, NAMES, 1))


suite = Suite(check=custom(z_and_p), outputs=NAMES)


@suite.cases
def scalars(rng):
    yield Case("textbook", "A 200/1000 vs B 250/1000 (Python ints): z ~ 2.68, p ~ 0.0074",
               args=(200, 1000, 250, 1000))
    yield Case("b worse", "A 530/4000 vs B 470/4000: B converts worse, so z < 0",
               args=(530, 4000, 470, 4000))
    yield Case("equal rates", "A 30/300 vs B 60/600: identical rates, z = 0 and p = 1",
               args=(30, 300, 60, 600))
    yield Case("unequal arms", "A 12/150 vs B 9500/100000: very different arm sizes (pooled "
               "and unpooled standard errors disagree strongly)", args=(12, 150, 9500, 100000))
    yield Case("one success", "n = 1 in both arms: A 0/1 vs B 1/1", args=(0, 1, 1, 1))


@suite.cases
def degenerate(rng):
    xa = np.array([0, 50, 0, 7, 0, 3])
    na = np.array([80, 50, 10, 7, 1, 9])
    xb = np.array([0, 120, 4, 0, 1, 9])
    nb = np.array([120, 120, 10, 7, 1, 9])
    yield Case("se zero mixed", "int64 arrays (6,): no successes anywhere and all successes "
               "(se == 0 -> z = 0, p = 1) next to 0-vs-4 and 7-vs-0 splits and n = 1 arms",
               args=(xa, na, xb, nb))
    yield Case("all zero", "(2, 3) arrays of zero successes: every z = 0 and p = 1",
               args=(np.zeros((2, 3), dtype=np.int64), np.full((2, 3), 1000),
                     np.zeros((2, 3), dtype=np.int64), np.full((2, 3), 2000)))


@suite.cases
def tails(rng):
    n = 1_000_000
    pb = np.array([0.1015, 0.102, 0.103, 0.105, 0.108, 0.11, 0.113, 0.116, 0.1164, 0.1185,
                   0.125])
    xb = np.round(pb * n).astype(np.int64)
    yield Case("tiny p-values", "A 100000/1e6 vs B 101500..125000/1e6: z from ~3.5 to ~56, p from "
               "~4e-4 down to ~1e-300, then exactly 0 (p compared with rtol 1e-9)",
               args=(100_000, n, xb, n))
    yield Case("negative tail", "the same designs with A and B swapped: z < 0, same p-values",
               args=(xb, n, 100_000, n))
    yield Case("moderate tail", "A 5000/50000 vs B (5000 + 100k)/50000, k = 0..11: z from 0 to "
               "~11 (1 - Phi(|z|) by subtraction is inaccurate here)",
               args=(5000, 50_000, 5000 + 100 * np.arange(12), 50_000))


@suite.cases
def broadcasting(rng):
    yield Case("shared control", "control A 480/10000 (scalars) vs 8 variants B (8,)",
               args=(480, 10_000, np.array([430, 470, 480, 500, 520, 550, 600, 700]),
                     10_000))
    xa = np.array([[40], [55], [70]])
    xb = np.array([[45, 60, 75, 90]])
    yield Case("grid", "successes A (3, 1) x successes B (1, 4) with n_a = 500, n_b = 600: "
               "outputs (3, 4)", args=(xa, 500, xb, 600))
    na = rng.integers(1, 60, (4, 5))
    nb = rng.integers(1, 60, (4, 5))
    yield Case("small samples", "(4, 5) arrays of arm sizes 1..59 with uniform random successes",
               args=(rng.integers(0, na + 1), na, rng.integers(0, nb + 1), nb))
    na = rng.integers(100, 200_000, (3, 7))
    nb = rng.integers(100, 200_000, (3, 7))
    rate = rng.uniform(0.01, 0.4, (3, 7))
    yield Case("random", "(3, 7) tests, arm sizes 100..2e5, base rates 0.01..0.4, lifts up "
               "to +-10%", args=(rng.binomial(na, rate), na,
                                  rng.binomial(nb, rate * rng.uniform(0.9, 1.1, (3, 7))), nb))
    yield Case("empty", "successes_a of shape (0,) with scalars elsewhere: two float64 arrays of "
               "shape (0,)", args=(np.zeros(0, dtype=np.int64), 100, 5, 100))


@suite.cases
def large_counts(rng):
    na = np.array([2_000_000_000, 30_000_000_000, 50_000_000_000, 8_000_000_000])
    nb = np.array([3_000_000_000, 30_000_000_000, 45_000_000_000, 9_000_000_000])
    xa = np.array([20_000_000, 600_000_000, 5_000_000_000, 400_000_000])
    xb = np.array([30_010_000, 600_100_000, 4_500_300_000, 450_200_000])
    yield Case("web scale int64", "int64 counts up to 5e10 impressions (n_a * n_b overflows "
               "int64): convert to float64 first", args=(xa, na, xb, nb))
    n32 = np.array([1_500_000_000, 2_000_000_000, 1_200_000_000], dtype=np.int32)
    xa32 = np.array([150_000_000, 100_000_000, 600_000_000], dtype=np.int32)
    xb32 = np.array([150_030_000, 100_040_000, 600_500_000], dtype=np.int32)
    yield Case("int32 near 2**31", "int32 arrays with n up to 2e9 (n_a + n_b overflows int32)",
               args=(xa32, n32, xb32, n32))


@suite.perf
def perf(rng):
    m = 60_000
    na = rng.integers(1_000, 1_000_000, m)
    nb = rng.integers(1_000, 1_000_000, m)
    rate = rng.uniform(0.01, 0.3, m)
    return Case("perf", f"{m} A/B tests: four int64 arrays of length {m}",
                args=(rng.binomial(na, rate), na,
                      rng.binomial(nb, rate * rng.uniform(0.95, 1.05, m)), nb))
