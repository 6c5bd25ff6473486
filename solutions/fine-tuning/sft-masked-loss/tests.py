"""Hidden suite for `sft_masked_loss`: masking, token-level mean, stability, empty mask."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9))

# float32 logits: log-softmax carries ~1e-7 relative rounding per operation.
F32 = allclose(rtol=1e-4, atol=1e-6)


def _batch(rng, b, t, v, scale=2.0, prompt_max=None):
    """Random logits and targets; the mask hides a prompt prefix of random length per row
    and, at random, some padding at the end (as in a real SFT batch)."""
    logits = rng.standard_normal((b, t, v)) * scale
    targets = rng.integers(0, v, (b, t))
    pos = np.arange(t)[None, :]
    prompt = rng.integers(0, prompt_max if prompt_max else max(1, t // 2), (b, 1))
    end = rng.integers(t // 2 + 1, t + 1, (b, 1))
    mask = (pos >= prompt) & (pos < end)
    return logits, targets, mask


@suite.cases
def edge_cases(rng):
    logits, targets, _ = _batch(rng, 2, 5, 7)
    yield Case("empty mask", "no token counts (all prompt): the loss is 0.0",
               args=(logits, targets, np.zeros((2, 5), dtype=bool)))
    yield Case("full mask", "every token counts: the plain mean cross-entropy",
               args=(logits, targets, np.ones((2, 5), dtype=bool)))
    mask = np.zeros((3, 6), dtype=bool)
    mask[1, 4] = True
    logits, targets, _ = _batch(rng, 3, 6, 5)
    yield Case("one counted token", "a single True in the mask", args=(logits, targets, mask))
    logits, targets, mask = _batch(rng, 1, 1, 9)
    yield Case("B=1 T=1", "one sequence of one token", args=(logits, targets, np.ones((1, 1), bool)))
    logits, targets, mask = _batch(rng, 2, 4, 1)
    yield Case("V=1", "a one-word vocabulary: every loss is 0",
               args=(logits, np.zeros((2, 4), dtype=np.int64), mask))
    yield Case("uniform logits", "all logits equal: every counted token costs log V = log 11",
               args=(np.zeros((2, 3, 11)), rng.integers(0, 11, (2, 3)),
                     np.array([[False, True, True], [True, True, False]])))
    logits, targets, mask = _batch(rng, 3, 6, 8)
    yield Case("large logits", "logits ~ +1e4: exp overflows without a max shift",
               args=(logits + 1e4, targets, mask))
    logits, targets, mask = _batch(rng, 3, 6, 8, scale=1e3)
    yield Case("huge spread", "logits with std 1e3 (near one-hot; wrong targets cost ~1e3)",
               args=(logits, targets, mask))
    logits, targets, _ = _batch(rng, 2, 8, 6)
    mask = np.zeros((2, 8), dtype=bool)
    mask[0, 1:] = True          # 7 counted tokens
    mask[1, 6] = True           # 1 counted token
    yield Case("unequal response lengths", "7 counted tokens in row 0, 1 in row 1: a token-level "
               "mean differs from a mean of per-sequence means", args=(logits, targets, mask))
    logits, targets, mask = _batch(rng, 3, 5, 6)
    mask[1] = False
    yield Case("one row all prompt", "row 1 has no counted token", args=(logits, targets, mask))


@suite.cases
def random(rng):
    for i, (b, t, v) in enumerate([(2, 7, 10), (4, 16, 50), (3, 33, 101), (8, 20, 257)]):
        logits, targets, mask = _batch(rng, b, t, v, scale=3.0)
        yield Case(f"random {i + 1}", f"B={b}, T={t}, V={v}", args=(logits, targets, mask))
    logits, targets, mask = _batch(rng, 4, 12, 30, scale=5.0)
    yield Case("float32 logits", "float32 logits (rtol=1e-4, atol=1e-6)",
               args=(logits.astype(np.float32), targets, mask), check=F32)


@suite.perf
def perf(rng):
    logits, targets, mask = _batch(rng, 8, 100, 1000)
    return Case("perf", "B=8, T=100, V=1000", args=(logits, targets, mask))
