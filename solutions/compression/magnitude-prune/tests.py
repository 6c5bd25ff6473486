"""Hidden suite for `magnitude_prune`: exact count k = floor(sparsity * size), global (not
per-row) ranking by |w|, ties broken by flat index, sparsity 0 and 1, dtype kept."""

import numpy as np

from quizcli.suite import Case, Suite, exact

# Kept entries are copies of w and pruned ones are 0, so any correct solution is exact.
suite = Suite(check=exact(strict_dtype=True))


@suite.cases
def edge_cases(rng):
    yield Case("sparsity 0", "a (4, 5) weight with sparsity 0: returned unchanged",
               args=(rng.standard_normal((4, 5)), 0.0))
    yield Case("sparsity 1", "a (3, 6) weight with sparsity 1: every entry is 0",
               args=(rng.standard_normal((3, 6)), 1.0))
    yield Case("single element", "a (1,) weight with sparsity 0.9: floor(0.9) = 0, nothing pruned",
               args=(np.array([-0.4]), 0.9))
    yield Case("all zeros", "a (2, 3) zero weight with sparsity 0.5", args=(np.zeros((2, 3)), 0.5))
    yield Case("small ties", "[1, -1, 2, 1, -1, 0.5] with sparsity 0.5: k = 3 prunes 0.5 and the "
               "first two |w| = 1 entries (flat indices 0 and 1)",
               args=(np.array([1.0, -1.0, 2.0, 1.0, -1.0, 0.5]), 0.5))
    yield Case("all magnitudes equal", "a (4, 5) weight of +-1 with sparsity 0.35: k = 7, the "
               "first 7 flat indices", args=(rng.choice([-1.0, 1.0], (4, 5)), 0.35))
    w = np.round(rng.standard_normal(2000) * 2) / 2
    yield Case("many ties", "2000 weights on a grid of step 0.5 with sparsity 0.5: long runs of "
               "equal |w| at the threshold (an unstable sort picks the wrong ones)", args=(w, 0.5))
    yield Case("floor not round", "a (2, 5) weight with sparsity 0.55: k = floor(5.5) = 5",
               args=(rng.standard_normal((2, 5)), 0.55))
    w = rng.standard_normal((5, 8))
    w[0, :] *= 100.0
    w[1, :] *= 0.01
    yield Case("global not per-row", "a (5, 8) weight whose rows have very different scales, "
               "sparsity 0.4: the ranking is over the whole tensor", args=(w, 0.4))
    w = rng.standard_normal((6, 6))
    w[w < 0] *= 20.0
    yield Case("large negatives", "a (6, 6) weight with large negative entries, sparsity 0.5: "
               "rank by |w|, not by w", args=(w, 0.5))
    w = rng.standard_normal((4, 4))
    w[[0, 2, 3], [1, 1, 3]] = 0.0
    yield Case("existing zeros", "a (4, 4) weight with 3 exact zeros, sparsity 0.25: they count "
               "toward the 4 pruned entries", args=(w, 0.25))


@suite.cases
def random(rng):
    yield Case("float32", "a (8, 12) float32 weight with sparsity 0.6: the output must stay float32",
               args=(rng.standard_normal((8, 12)).astype(np.float32), 0.6))
    yield Case("conv weight", "a (8, 4, 3, 3) conv weight with sparsity 0.9",
               args=(rng.standard_normal((8, 4, 3, 3)), 0.9))
    for i, (shape, s) in enumerate([((17,), 0.3), ((9, 11), 0.75), ((3, 7, 5), 0.5),
                                    ((64, 40), 0.95)]):
        yield Case(f"random {i + 1}", f"a {shape} weight with sparsity {s:g}",
                   args=(rng.standard_normal(shape), s))


@suite.perf
def perf(rng):
    return Case("perf", "a 256 x 512 weight with sparsity 0.7",
                args=(rng.standard_normal((256, 512)), 0.7))
