"""Hidden suite for `ring_allreduce`: sums, per-worker element counts and the send schedule."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

# result: float sums (any summation order is fine); elements_sent and send_chunks are integer
# arrays compared exactly (integer kind required; |diff| <= 1e-6 * |expected| means exact here).
suite = Suite(check=allclose(rtol=1e-6, atol=1e-9),
              outputs=("result", "elements_sent", "send_chunks"))


@suite.cases
def edge_cases(rng):
    yield Case("one worker", "N=1: nothing is sent; the schedule has 0 rows",
               args=(rng.standard_normal((1, 5)),))
    yield Case("two workers", "N=2, M=6: one reduce-scatter step and one all-gather step",
               args=(rng.standard_normal((2, 6)),))
    yield Case("one element", "N=4, M=1: three of the four chunks are empty",
               args=(rng.standard_normal((4, 1)),))
    yield Case("fewer elements than workers", "N=5, M=3: chunks of sizes 1, 1, 1, 0, 0",
               args=(rng.standard_normal((5, 3)),))
    yield Case("all zeros", "N=3, M=7 zero gradients",
               args=(np.zeros((3, 7)),))
    yield Case("integer-valued", "N=4, M=8 small integers stored as float64 (exact sums)",
               args=(rng.integers(-5, 6, (4, 8)).astype(np.float64),))
    g = np.zeros((6, 12))
    g[np.arange(6), np.arange(6) * 2] = np.arange(1, 7)
    yield Case("one-hot workers", "N=6, M=12: worker i has a single non-zero at 2i, so a "
               "chunk that skips a worker shows up as a missing value", args=(g,))


@suite.cases
def uneven(rng):
    yield Case("uneven 3 x 10", "N=3, M=10: chunk sizes 4, 3, 3 (np.array_split)",
               args=(rng.standard_normal((3, 10)),))
    yield Case("uneven 4 x 7", "N=4, M=7: chunk sizes 2, 2, 2, 1",
               args=(rng.standard_normal((4, 7)) * 10,))
    yield Case("uneven 7 x 30", "N=7, M=30: chunk sizes 5, 5, 4, 4, 4, 4, 4",
               args=(rng.standard_normal((7, 30)),))


@suite.cases
def random(rng):
    for i, (n, m) in enumerate([(4, 8), (8, 64), (5, 100), (16, 48), (3, 999)]):
        yield Case(f"random {i + 1}", f"N={n}, M={m} standard-normal gradients",
                   args=(rng.standard_normal((n, m)),))
    yield Case("large magnitudes", "N=6, M=36 gradients of order 1e6",
               args=(1e6 * rng.uniform(0.5, 1.5, (6, 36)),))


@suite.perf
def perf(rng):
    return Case("perf", "N=16 workers, M=60000 elements each",
                args=(rng.standard_normal((16, 60000)),))
