"""Hidden suite for `temperature_top_k_probs`: temperature, top-k ties, batches, stability."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9))


@suite.cases
def edge_cases(rng):
    yield Case("no filtering", "(6,) logits, T = 1, k = None: plain softmax",
               args=(rng.standard_normal(6),))
    yield Case("single token", "a (1,) input with k = 1: probability 1",
               args=(np.array([-3.0]),), kwargs={"k": 1})
    yield Case("k = 1", "(8,) logits with a unique maximum, k = 1: one-hot at the argmax",
               args=(rng.standard_normal(8),), kwargs={"k": 1})
    yield Case("k equals V", "(5,) logits, k = 5: nothing is filtered",
               args=(rng.standard_normal(5), 0.8, 5))
    yield Case("k larger than V", "(4,) logits, k = 10: nothing is filtered",
               args=(rng.standard_normal(4),), kwargs={"k": 10, "temperature": 1.5})
    yield Case("ties at the k-th value", "logits [3, 1, 1, 1, 0], k = 2: all tokens tied at the "
               "k-th value are kept", args=(np.array([3.0, 1.0, 1.0, 1.0, 0.0]),), kwargs={"k": 2})
    yield Case("ties in a batch", "(2, 6) logits with repeated values, k = 3",
               args=(np.array([[2.0, 5.0, 2.0, 5.0, 2.0, 0.0], [1.0, 1.0, 4.0, 3.0, 3.0, 3.0]]),),
               kwargs={"k": 3})
    yield Case("all zeros", "(3, 7) zero logits, k = 2: every token ties, uniform 1/7",
               args=(np.zeros((3, 7)),), kwargs={"k": 2})
    yield Case("tiny temperature", "(4, 10) logits * 10 with T = 0.01: logits/T reach ~±3000 "
               "(exp overflows without a max shift)",
               args=(rng.standard_normal((4, 10)) * 10, 0.01, 3))
    yield Case("large logits", "(3, 9) logits near +1e4 and -1e4 rows, T = 0.5, k = 4",
               args=(np.concatenate([1e4 + rng.standard_normal((1, 9)),
                                     -1e4 + rng.standard_normal((2, 9))]), 0.5, 4))
    yield Case("high temperature", "(2, 12) logits, T = 100: close to uniform over the kept tokens",
               args=(rng.standard_normal((2, 12)) * 3,), kwargs={"temperature": 100.0, "k": 5})
    yield Case("batch of one", "(1, 20) logits, T = 0.7, k = 6",
               args=(rng.standard_normal((1, 20)), 0.7, 6))


@suite.cases
def random_cases(rng):
    yield Case("random batch", "(8, 50) logits * 3, T = 0.8, k = 10: top-k per row",
               args=(rng.standard_normal((8, 50)) * 3, 0.8, 10))
    yield Case("random batch no k", "(5, 30) logits, T = 1.7, k = None",
               args=(rng.standard_normal((5, 30)) * 2, 1.7))
    yield Case("rows at different scales", "(4, 25) logits, each row scaled differently "
               "(x0.1 to x30), T = 0.6, k = 7",
               args=(rng.standard_normal((4, 25)) * np.array([[0.1], [1.0], [5.0], [30.0]]), 0.6, 7))
    yield Case("quantised logits", "(6, 40) integer-valued float logits in [0, 5] (many ties), "
               "T = 1.2, k = 9", args=(rng.integers(0, 6, (6, 40)).astype(np.float64), 1.2, 9))


@suite.perf
def perf(rng):
    return Case("perf", "(32, 16000) logits, T = 0.9, k = 50",
                args=(rng.standard_normal((32, 16000)) * 3, 0.9, 50))
