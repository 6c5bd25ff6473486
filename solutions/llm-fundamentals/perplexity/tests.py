"""Hidden suite for `perplexity`: gathering, masks of different lengths, token-level mean."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-7, atol=1e-9))


def _log_softmax(x):
    m = x.max(axis=-1, keepdims=True)
    return x - m - np.log(np.sum(np.exp(x - m), axis=-1, keepdims=True))


def _data(rng, b, t, v, scale=1.0):
    lp = _log_softmax(rng.standard_normal((b, t, v)) * scale)
    return lp, rng.integers(0, v, (b, t))


def _lengths_mask(rng, b, t, min_len=1):
    lengths = rng.integers(min_len, t + 1, b)
    return np.arange(t)[None, :] < lengths[:, None]


@suite.cases
def edge_cases(rng):
    yield Case("uniform model", "(2, 5, 8) uniform log-probs log(1/8), no mask: perplexity 8",
               args=(np.full((2, 5, 8), -np.log(8.0)), rng.integers(0, 8, (2, 5))))
    yield Case("single token", "(1, 1, 4) input, no mask", args=_data(rng, 1, 1, 4))
    lp = _log_softmax(rng.standard_normal((1, 6, 5)))
    lp_tgt = np.argmax(lp, axis=-1)
    yield Case("batch of one", "(1, 6, 5) with targets = argmax, no mask", args=(lp, lp_tgt))
    lp, tg = _data(rng, 3, 4, 6)
    yield Case("mask all true", "an all-True (3, 4) mask equals no mask",
               args=(lp, tg, np.ones((3, 4), dtype=bool)))
    lp, tg = _data(rng, 2, 6, 7)
    yield Case("single counted token", "only one True in the mask",
               args=(lp, tg, np.eye(2, 6, 3, dtype=bool)))
    lp, tg = _data(rng, 4, 10, 9)
    yield Case("padding masks", "(4, 10) right padding with lengths 1..10: a token-level mean, "
               "not a mean of per-sequence means", args=(lp, tg, _lengths_mask(rng, 4, 10)))
    lp, tg = _data(rng, 3, 8, 5, scale=3.0)
    m = rng.random((3, 8)) < 0.5
    m[0, 0] = True
    yield Case("scattered mask", "(3, 8) random mask (e.g. prompt tokens excluded)",
               args=(lp, tg, m))
    lp, tg = _data(rng, 2, 5, 6)
    lp[:, :, :] = np.log(1e-300)
    lp[..., 0] = 0.0
    tg[:] = 0
    yield Case("perfect model", "log p(target) = 0 everywhere: perplexity 1", args=(lp, tg))
    lp, tg = _data(rng, 2, 4, 3, scale=8.0)
    yield Case("confident and wrong", "(2, 4, 3) logits x8: some targets have log-prob near -20",
               args=(lp, np.argmin(lp, axis=-1)))
    lp, tg = _data(rng, 3, 3, 3)
    yield Case("square-ish", "(3, 3, 3) input: gathering along the wrong axis gives another "
               "valid-looking number", args=(lp, tg, _lengths_mask(rng, 3, 3)))


@suite.cases
def random_cases(rng):
    for i, (b, t, v) in enumerate([(5, 12, 20), (8, 30, 50), (2, 64, 100)]):
        lp, tg = _data(rng, b, t, v, scale=2.0)
        yield Case(f"random {i + 1}", f"({b}, {t}, {v}) input with a padding mask",
                   args=(lp, tg, _lengths_mask(rng, b, t)))
    lp, tg = _data(rng, 4, 16, 32)
    yield Case("random no mask", "(4, 16, 32) input, mask None", args=(lp, tg))


@suite.perf
def perf(rng):
    lp, tg = _data(rng, 8, 256, 400)
    return Case("perf", "(8, 256, 400) input with a padding mask",
                args=(lp, tg, _lengths_mask(rng, 8, 256, min_len=64)))
