"""Hidden suite for `early_stopping`: patience counting, ties, min_delta, never stopping,
long runs (a quadratic rescan of the history is too slow)."""

import numpy as np

from quizcli.suite import Case, Suite, custom

NAMES = ("stop_epoch", "best_epoch")


def _is_int(v) -> bool:
    return isinstance(v, int | np.integer) and not isinstance(v, bool | np.bool_)


def _same_ints(got, case, expected):
    if not isinstance(got, tuple | list) or len(got) != 2:
        return f"expected a tuple (stop_epoch, best_epoch), got {type(got).__name__}"
    for name, _e, g in zip(NAMES, expected, got, strict=True):
        if not _is_int(g):
            return f"{name}: expected an integer (Python int or NumPy integer), got {g!r}"
    for name, e, g in zip(NAMES, expected, got, strict=True):
        if int(g) != int(e):
            return f"{name}: expected {int(e)}, got {int(g)}"
    return None


suite = Suite(check=custom(_same_ints), outputs=NAMES)


def curve(rng, n, floor=0.3, noise=0.02, turn=None):
    """A noisy training-style validation curve: decays, optionally rises after `turn`."""
    t = np.arange(n, dtype=np.float64)
    c = floor + np.exp(-t / max(n / 5, 1.0)) + noise * rng.standard_normal(n)
    if turn is not None:
        c += 0.01 * np.maximum(t - turn, 0)
    return c


@suite.cases
def edge_cases(rng):
    yield Case("single epoch", "one epoch: it is the best, and training never stops",
               args=(np.array([0.7]), 3))
    yield Case("strictly decreasing", "every epoch improves: never stops, best = last epoch",
               args=(np.linspace(1.0, 0.1, 12), 2))
    yield Case("strictly increasing patience 1", "patience 1: stops at epoch 1, best epoch 0",
               args=(np.linspace(0.1, 1.0, 8), 1))
    yield Case("constant losses", "all losses equal: ties are not improvements; stops at "
               "epoch 3 with patience 3, best epoch 0", args=(np.full(10, 0.5), 3))
    yield Case("tie with best", "a later loss equal to the best does not improve nor reset "
               "the counter; best is the first occurrence",
               args=(np.array([1.0, 0.5, 0.6, 0.5, 0.7, 0.5, 0.4]), 3))
    yield Case("stops on last epoch", "the patience runs out exactly at the last epoch",
               args=(np.array([0.9, 0.8, 0.85, 0.86, 0.87]), 3))
    yield Case("one epoch short", "the patience would run out one epoch after the end: -1",
               args=(np.array([0.9, 0.8, 0.85, 0.86]), 3))
    yield Case("counter resets", "a late improvement resets the counter (patience 3)",
               args=(np.array([1.0, 0.9, 0.95, 0.92, 0.85, 0.9, 0.91, 0.93, 0.8]), 3))
    yield Case("patience larger than run", "patience 50 over 20 noisy epochs: never stops",
               args=(curve(rng, 20, noise=0.1), 50))
    yield Case("negative losses", "losses can be negative (e.g. a log-likelihood objective)",
               args=(np.array([-1.0, -1.5, -1.4, -2.0, -1.9, -1.95, -1.99]), 3))


@suite.cases
def min_delta_cases(rng):
    x = np.array([1.0, 0.95, 0.91, 0.88, 0.86, 0.85, 0.845])
    yield Case("min_delta blocks small gains", "min_delta 0.1: only drops of more than 0.1 "
               "below the best count (epoch 3 does, the later small gains do not)", args=(x, 3), kwargs={"min_delta": 0.1})
    yield Case("min_delta 0 on the same run", "the same run with min_delta 0: never stops",
               args=(x, 3), kwargs={"min_delta": 0.0})
    x = np.array([1.0, 0.96, 0.93, 0.89, 0.87, 0.86, 0.84, 0.83, 0.8])
    yield Case("min_delta measured from best", "min_delta 0.05: gains are compared with the "
               "best loss so far, not with the previous epoch", args=(x, 4),
               kwargs={"min_delta": 0.05})
    x = np.array([1.0, 0.9, 0.8, 0.75, 0.7])
    yield Case("gain equal to min_delta", "min_delta 0.25, a drop of exactly 0.25 (1.0 to "
               "0.75) is not an improvement (strict <)", args=(x, 3),
               kwargs={"min_delta": 0.25})
    yield Case("min_delta positional", "min_delta 0.01 passed positionally on a noisy curve",
               args=(curve(rng, 60, turn=25), 5, 0.01))


@suite.cases
def random(rng):
    for i, (n, patience, noise, turn) in enumerate([(30, 1, 0.05, None), (50, 3, 0.02, 20),
                                                     (100, 5, 0.01, 40), (200, 10, 0.03, 80),
                                                     (500, 20, 0.005, 300)]):
        yield Case(f"random {i + 1}", f"{n} noisy epochs, patience {patience}",
                   args=(curve(rng, n, noise=noise, turn=turn), patience))
    x = np.round(curve(rng, 80, noise=0.05), 1)
    yield Case("rounded losses", "80 epochs rounded to 1 decimal (many ties), patience 4",
               args=(x, 4))
    yield Case("float32 input", "a float32 array of 40 noisy epochs, patience 6", args=(curve(rng, 40, turn=15).astype(np.float32), 6))


@suite.perf
def perf(rng):
    n = 300_000
    # Slowly improving with noise: improvements keep coming for ~260k epochs before the
    # patience runs out, so an O(E) scan is needed; rescanning the history (or the patience
    # window) at every epoch is O(E^2) (or O(E * patience)) and too slow.
    x = 1.0 / (1.0 + np.arange(n) * 1e-3) + 1e-5 * rng.standard_normal(n)
    return Case("perf", f"{n} noisy, slowly improving epochs with patience 1000",
                args=(x, 1000))
