"""Hidden suite for `magnitude_prune`: exact count k = floor(sparsity * size), global (not
per-row) ranking by |w|, any choice among ties at the threshold, sparsity 0 and 1, dtype kept."""

import numpy as np

from quizcli.suite import Case, Suite, custom, exact

# Kept entries are copies of w and pruned ones are 0, so any correct solution is exact.
_EXACT = exact(strict_dtype=True)


def _exact_up_to_ties(got, case, expected):
    """Exactly the reference, or another valid choice of the entries tied at the threshold:
    every |w| below the k-th smallest pruned, every |w| above it kept, and exactly as many
    of the tied ones pruned as the count k needs."""
    msg = _EXACT.compare(expected, got, case)
    if msg is None or not (isinstance(got, np.ndarray) and got.shape == expected.shape
                           and got.dtype == expected.dtype):
        return msg
    w, sparsity = case.args
    k = int(np.floor(sparsity * w.size))
    mag = np.abs(w)
    if k == 0:
        return msg
    t = np.sort(mag, axis=None)[k - 1]
    below, tied, above = mag < t, mag == t, mag > t
    zero_or_same = (got == 0) | (got == w)
    if (np.all(got[below] == 0) and np.all(got[above] == w[above]) and np.all(zero_or_same)
            and int(np.sum(got[tied] == 0)) == min(k - int(below.sum()), int(tied.sum()))
            if t > 0 else np.array_equal(got, w)):
        return None
    return msg


suite = Suite(check=custom(_exact_up_to_ties))


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
               "two of the four |w| = 1 entries",
               args=(np.array([1.0, -1.0, 2.0, 1.0, -1.0, 0.5]), 0.5))
    yield Case("all magnitudes equal", "a (4, 5) weight of +-1 with sparsity 0.35: k = 7, the "
               "any 7 entries", args=(rng.choice([-1.0, 1.0], (4, 5)), 0.35))
    w = np.round(rng.standard_normal(2000) * 2) / 2
    yield Case("many ties", "2000 weights on a grid of step 0.5 with sparsity 0.5: long runs of "
               "equal |w| at the threshold (a threshold test prunes too many)", args=(w, 0.5))
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
