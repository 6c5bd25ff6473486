"""Hidden suite for `average_precision`: tie groups as one threshold, no interpolation."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-9, atol=1e-12))


@suite.cases
def edge_cases(rng):
    yield Case("single positive sample", "one sample, positive: AP 1",
               args=(np.array([1]), np.array([0.3])))
    yield Case("no negatives", "all 5 samples positive: AP 1",
               args=(np.ones(5, dtype=np.int64), rng.random(5)))
    yield Case("perfect ranking", "all positives above all negatives: AP 1",
               args=(np.array([0, 1, 0, 1, 1, 0]), np.array([0.1, 0.9, 0.2, 0.8, 0.7, 0.3])))
    yield Case("worst ranking", "3 positives ranked below 5 negatives",
               args=(np.array([1, 1, 1, 0, 0, 0, 0, 0]), np.arange(8, dtype=np.float64)))
    yield Case("all scores equal", "one threshold: AP = fraction of positives",
               args=(np.array([0, 1, 0, 0, 1, 0, 0]), np.full(7, 0.5)))
    yield Case("tie at the top", "the highest score is shared by a positive and a negative",
               args=(np.array([0, 1, 1, 0, 0]), np.array([0.9, 0.9, 0.5, 0.4, 0.1])))
    yield Case("tie order matters", "positive listed after the tied negatives; per-sample "
               "thresholds would depend on this order",
               args=(np.array([0, 0, 1, 1, 0, 1]), np.array([0.7, 0.7, 0.7, 0.2, 0.2, 0.2])))
    yield Case("non-monotone precision", "precision rises again at a lower threshold "
               "(interpolation would change the result)",
               args=(np.array([0, 1, 0, 0, 1, 1, 0, 1]),
                     np.array([0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5, 0.4])))
    yield Case("single positive among many", "1 positive among 30 negatives",
               args=(np.eye(1, 31, 12, dtype=np.int64).reshape(-1), rng.standard_normal(31)))
    yield Case("negative and huge scores", "scores from -1e300 to 1e300 with a tie at 0",
               args=(np.array([1, 0, 1, 0, 1, 0]), np.array([-1e300, 1e300, 0.0, 0.0, 5.0, -3.0])))


@suite.cases
def random(rng):
    for i, (n, rate, decimals) in enumerate([(50, 0.4, None), (500, 0.1, 1), (2000, 0.3, 2),
                                              (3000, 0.02, None)]):
        y = (rng.random(n) < rate).astype(np.int64)
        y[0] = 1
        s = rng.standard_normal(n) + y
        if decimals is not None:
            s = np.round(s, decimals)
        ties = f", scores rounded to {decimals} decimals" if decimals is not None else ""
        yield Case(f"random {i + 1}", f"{n} samples, ~{rate:.0%} positives{ties}", args=(y, s))
    y = (rng.random(400) < 0.3).astype(np.int64)
    y[0] = 1
    yield Case("integer ratings", "400 samples with scores in {1, ..., 5}: heavy ties",
               args=(y, (rng.integers(1, 6, 400) + y).astype(np.float64)))
    yield Case("float32 scores", "300 samples, float32 scores rounded to 0.01",
               args=(y[:300].copy(), np.round(rng.random(300) + 0.3 * y[:300], 2).astype(np.float32)))


@suite.perf
def perf(rng):
    y = (rng.random(120_000) < 0.05).astype(np.int64)
    s = np.round(rng.standard_normal(120_000) + 1.5 * y, 3)
    return Case("perf", "120,000 samples, ~5% positives, scores rounded to 3 decimals",
                args=(y, s))
