"""Hidden suite for `softmax_cross_entropy`: stability at +-1e3, size-1 axes, gradient checks."""

import numpy as np
import reference

from quizcli.suite import Case, Suite, allclose, grad_check

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=("loss", "dlogits"))


def objective(logits, labels):
    return reference.softmax_cross_entropy(logits, labels)[0]


# dlogits (output 1) must be the gradient of the returned mean loss w.r.t. logits (arg 0).
GRAD = allclose(rtol=1e-6, atol=1e-9) & grad_check(objective, wrt=[0], outputs=[1])

# float32 logits: the loss and gradient carry ~1e-7 relative rounding; float32 or float64 accepted.
F32 = allclose(rtol=1e-4, atol=1e-6)


def labels_for(rng, n, c):
    return rng.integers(0, c, size=n)


@suite.cases
def edge_cases(rng):
    yield Case("single sample", "N=1, C=4", check=GRAD,
               args=(rng.standard_normal((1, 4)), np.array([2])))
    yield Case("one class", "C=1: softmax is 1, so the loss and the gradient are 0",
               args=(rng.standard_normal((5, 1)) * 3, np.zeros(5, dtype=np.int64)))
    yield Case("all-zero logits", "(4, 5) zeros: loss log(5), gradient (1/5 - onehot) / 4",
               args=(np.zeros((4, 5)), np.array([0, 4, 2, 2])))
    yield Case("equal logits (ties)", "(3, 6) rows of equal logits 7.5: uniform probabilities",
               args=(np.full((3, 6), 7.5), np.array([5, 0, 3])))
    x = np.zeros((4, 3))
    x[np.arange(4), [0, 1, 2, 1]] = 1000.0
    yield Case("confident and right", "logit 1000 on the labelled class: loss and gradient 0",
               args=(x, np.array([0, 1, 2, 1])))
    yield Case("confident and wrong", "logit 1000 on a wrong class: loss ~1000 (softmax "
               "underflows to 0, so -log(p) must be computed in log space)",
               args=(x.copy(), np.array([1, 2, 0, 0])))
    yield Case("large positive logits", "(6, 5) logits near +1e3: exp overflows without the "
               "max shift", args=(1e3 + rng.standard_normal((6, 5)) * 3, labels_for(rng, 6, 5)))
    yield Case("large negative logits", "(6, 5) logits near -1e3: exp underflows to 0/0 "
               "without the shift",
               args=(-1e3 + rng.standard_normal((6, 5)) * 3, labels_for(rng, 6, 5)))
    yield Case("logits spread over +-1e3", "(8, 7) logits uniform in [-1e3, 1e3]",
               args=(rng.uniform(-1e3, 1e3, (8, 7)), labels_for(rng, 8, 7)))
    x = rng.standard_normal((3, 4))
    x[0] += 1e3
    x[1] -= 1e3
    yield Case("rows at different scales", "one row near +1e3, one near -1e3, one near 0: each "
               "row must be shifted by its own maximum", args=(x, np.array([3, 1, 0])))


@suite.cases
def gradient_checks(rng):
    for i, (n, c, scale) in enumerate([(2, 3, 1.0), (4, 4, 3.0), (5, 2, 2.0), (3, 7, 10.0)]):
        yield Case(f"gradient check {i + 1}", f"N={n}, C={c}, logits scaled by {scale:g}: "
                   "dlogits against finite differences of the mean loss",
                   args=(rng.standard_normal((n, c)) * scale, labels_for(rng, n, c)), check=GRAD)
    yield Case("gradient check repeated labels", "N=6, C=3 with repeated labels",
               args=(rng.standard_normal((6, 3)), np.array([1, 1, 0, 2, 1, 0])), check=GRAD)


@suite.cases
def random(rng):
    for i, (n, c, scale) in enumerate([(10, 3, 1.0), (32, 10, 5.0), (7, 50, 20.0),
                                       (128, 17, 2.0)]):
        yield Case(f"random {i + 1}", f"N={n}, C={c}, logits scaled by {scale:g}",
                   args=(rng.standard_normal((n, c)) * scale, labels_for(rng, n, c)))
    yield Case("int32 labels", "N=9, C=6 with int32 labels",
               args=(rng.standard_normal((9, 6)) * 2, labels_for(rng, 9, 6).astype(np.int32)))
    yield Case("float32 logits", "(12, 8) float32 logits (float32 or float64 dlogits accepted; "
               "rtol=1e-4, atol=1e-6)",
               args=((rng.standard_normal((12, 8)) * 4).astype(np.float32), labels_for(rng, 12, 8)),
               check=F32)


@suite.perf
def perf(rng):
    return Case("perf", "N=4096, C=256", args=(rng.standard_normal((4096, 256)) * 3,
                                               rng.integers(0, 256, size=4096)))
