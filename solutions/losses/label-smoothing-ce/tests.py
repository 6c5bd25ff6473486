"""Hidden suite for `label_smoothing_ce`: the eps / C convention, eps = 0 and 1, stability at 1e3."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9))


def labels_for(rng, n, c):
    return rng.integers(0, c, size=n)


@suite.cases
def edge_cases(rng):
    yield Case("eps = 0", "eps = 0 reduces to plain cross-entropy (N=6, C=5)",
               args=(rng.standard_normal((6, 5)) * 2, labels_for(rng, 6, 5)), kwargs={"eps": 0.0})
    yield Case("eps = 1", "eps = 1: the target is uniform, labels are ignored (N=4, C=6)",
               args=(rng.standard_normal((4, 6)) * 2, labels_for(rng, 4, 6)), kwargs={"eps": 1.0})
    yield Case("default eps", "eps not passed (default 0.1), N=5, C=4",
               args=(rng.standard_normal((5, 4)), labels_for(rng, 5, 4)))
    yield Case("eps positional", "eps = 0.3 passed positionally, N=3, C=7",
               args=(rng.standard_normal((3, 7)) * 3, labels_for(rng, 3, 7), 0.3))
    yield Case("single sample", "N=1, C=3, eps = 0.2",
               args=(rng.standard_normal((1, 3)), np.array([1])), kwargs={"eps": 0.2})
    yield Case("one class", "C=1: q = 1 and log p = 0, so the loss is 0 for any eps",
               args=(rng.standard_normal((4, 1)), np.zeros(4, dtype=np.int64)),
               kwargs={"eps": 0.25})
    yield Case("two classes", "C=2, eps = 0.2 (the eps/C and eps/(C-1) conventions differ most "
               "here)", args=(rng.standard_normal((8, 2)) * 3, labels_for(rng, 8, 2)),
               kwargs={"eps": 0.2})
    yield Case("all-zero logits", "(3, 10) zeros: loss log(10) for any eps",
               args=(np.zeros((3, 10)), np.array([0, 9, 4])), kwargs={"eps": 0.1})
    x = np.zeros((4, 5))
    x[np.arange(4), [0, 1, 2, 3]] = 1000.0
    yield Case("confident logits", "logit 1000 on the labelled class: the smoothing term costs "
               "~eps * 1000 * (C-1)/C, and log(softmax) underflows to log(0) = -inf",
               args=(x, np.array([0, 1, 2, 3])), kwargs={"eps": 0.1})
    yield Case("logits spread over +-1e3", "(6, 8) logits uniform in [-1e3, 1e3], eps = 0.05",
               args=(rng.uniform(-1e3, 1e3, (6, 8)), labels_for(rng, 6, 8)), kwargs={"eps": 0.05})
    x = rng.standard_normal((3, 4))
    x[0] += 1e3
    x[1] -= 1e3
    yield Case("rows at different scales", "one row near +1e3, one near -1e3, one near 0",
               args=(x, np.array([2, 0, 3])), kwargs={"eps": 0.1})


@suite.cases
def random(rng):
    for i, (n, c, scale, eps) in enumerate([(10, 3, 1.0, 0.1), (32, 10, 5.0, 0.2),
                                            (7, 50, 20.0, 0.05), (64, 17, 2.0, 0.4),
                                            (9, 9, 4.0, 0.15)]):
        yield Case(f"random {i + 1}", f"N={n}, C={c}, logits scaled by {scale:g}, eps = {eps:g}",
                   args=(rng.standard_normal((n, c)) * scale, labels_for(rng, n, c)),
                   kwargs={"eps": eps})
    yield Case("int32 labels", "N=12, C=6 with int32 labels, eps = 0.1",
               args=(rng.standard_normal((12, 6)) * 2, labels_for(rng, 12, 6).astype(np.int32)),
               kwargs={"eps": 0.1})


@suite.perf
def perf(rng):
    return Case("perf", "N=4096, C=256, eps = 0.1",
                args=(rng.standard_normal((4096, 256)) * 3, rng.integers(0, 256, size=4096)),
                kwargs={"eps": 0.1})
