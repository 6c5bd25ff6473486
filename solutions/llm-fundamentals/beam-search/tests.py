"""Hidden suite for `beam_search`: shrinking beam, eos handling, tie rule, time-dependent tables."""

import numpy as np

from quizcli.suite import Case, Suite, custom


def _check(got, case, expected):
    exp_seqs, exp_scores = expected
    if not isinstance(got, tuple | list) or len(got) != 2:
        return "expected a tuple (sequences, scores)"
    seqs, scores = got
    if not isinstance(seqs, tuple | list):
        return f"sequences: expected a list of token lists, got {type(seqs).__name__}"
    try:
        seqs = [[int(t) for t in s] for s in seqs]
        scores = np.asarray(scores, dtype=np.float64).reshape(-1)
    except (TypeError, ValueError):
        return "sequences must be lists of ints and scores an array of floats"
    exp_seqs = [[int(t) for t in s] for s in exp_seqs]
    if len(seqs) != len(exp_seqs):
        return (f"expected {len(exp_seqs)} finished hypotheses, got {len(seqs)}; "
                f"expected sequences {exp_seqs[:6]}, got {seqs[:6]}")
    if scores.shape != (len(exp_seqs),):
        return f"scores: expected shape ({len(exp_seqs)},), got {scores.shape}"
    for i, (e, g) in enumerate(zip(exp_seqs, seqs, strict=True)):
        if e != g:
            return f"hypothesis {i}: expected tokens {e}, got {g}"
    exp_scores = np.asarray(exp_scores, dtype=np.float64)
    bad = ~(np.abs(scores - exp_scores) <= 1e-9 + 1e-9 * np.abs(exp_scores))
    if bad.any():
        i = int(np.argmax(bad))
        return f"score {i}: expected {exp_scores[i]:.12g}, got {scores[i]:.12g}"
    return None


suite = Suite(check=custom(_check))


def _table(rng, t, v, scale=1.0):
    x = rng.standard_normal((t, v, v)) * scale
    return x - np.log(np.sum(np.exp(x), axis=-1, keepdims=True))  # normalised log-probs


@suite.cases
def edge_cases(rng):
    yield Case("greedy", "beam_width 1 on a random (5, 6, 6) table, eos 0, max_len 5",
               args=(_table(rng, 5, 6), 1, 5, 0))
    yield Case("max_len 1", "beam 3, max_len 1: the 3 best first tokens", args=(_table(rng, 1, 5), 3, 1, 2))
    yield Case("fewer candidates than the beam", "V = 2, beam 5, max_len 3, eos 1",
               args=(_table(rng, 3, 2), 5, 3, 1))
    t = _table(rng, 4, 5)
    t[0, 0, 0] = 0.0  # eos first is (almost) certain
    t[0, 0, 1:] = -8.0
    yield Case("eos first", "eos is by far the best first token: it finishes at step 0 and the "
               "beam shrinks by one", args=(t, 2, 4, 0))
    yield Case("all ties", "an all-zero (3, 3, 3) table, beam 3, eos 2: every score ties, the "
               "lexicographic rule decides", args=(np.zeros((3, 3, 3)), 3, 3, 2))
    yield Case("ties with eos last", "an all-zero (4, 4, 4) table, beam 2, eos 3, max_len 4",
               args=(np.zeros((4, 4, 4)), 2, 4, 3))
    t = np.full((3, 3, 3), -9.0)
    t[0, 0] = [-3.0, -0.5, -1.0]
    t[1, 1] = [-2.0, -2.5, -2.5]
    t[1, 2] = [-0.25, -3.0, -3.0]
    t[2] = -1.0
    yield Case("beam beats greedy", "a hand-made table where the greedy first token is a trap, "
               "beam 2", args=(t, 2, 3, 0))
    yield Case("longer table than max_len", "a (8, 5, 5) table with max_len 4: rows t >= 4 "
               "are unused", args=(_table(rng, 8, 5), 3, 4, 4))
    yield Case("never finishes", "eos has log-prob -50 everywhere: all hypotheses stop at "
               "max_len without eos", args=(np.where(np.arange(4) == 0, -50.0, _table(rng, 5, 4)),
                                            3, 5, 0))


@suite.cases
def random_cases(rng):
    yield Case("random small", "(6, 5, 5) table, beam 3, eos 0", args=(_table(rng, 6, 5), 3, 6, 0))
    yield Case("random peaked", "(7, 6, 6) table with logits x3 (peaked), beam 4, eos 5",
               args=(_table(rng, 7, 6, 3.0), 4, 7, 5))
    yield Case("random wide beam", "(10, 20, 20) table, beam 10, eos 3",
               args=(_table(rng, 10, 20, 2.0), 10, 10, 3))
    yield Case("random unnormalised", "(6, 8, 8) arbitrary scores (not log-softmaxed), beam 5, "
               "eos 7", args=(rng.standard_normal((6, 8, 8)) * 2, 5, 6, 7))


@suite.perf
def perf(rng):
    return Case("perf", "(40, 150, 150) table, beam 16, max_len 40, eos 0",
                args=(_table(rng, 40, 150, 2.0), 16, 40, 0))
