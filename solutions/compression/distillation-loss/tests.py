"""Hidden suite for `distillation_loss`: alpha/T extremes, identical teacher and student,
huge logits (stability of log-softmax), batch means, float32 logits."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9))
F32 = allclose(rtol=1e-4, atol=1e-6)


def _batch(rng, n, c, scale=2.0):
    return (rng.standard_normal((n, c)) * scale, rng.standard_normal((n, c)) * scale,
            rng.integers(0, c, n))


@suite.cases
def edge_cases(rng):
    yield Case("one example two classes", "N = 1, C = 2 with the default T = 2, alpha = 0.5",
               args=(np.array([[0.3, -0.2]]), np.array([[1.5, -1.0]]), np.array([1])))
    s, t, y = _batch(rng, 4, 5)
    yield Case("alpha 0", "alpha = 0: only the hard-label cross-entropy (at T = 1)",
               args=(s, t, y), kwargs={"temperature": 3.0, "alpha": 0.0})
    s, t, y = _batch(rng, 4, 5)
    yield Case("alpha 1", "alpha = 1: only T^2 * KL(teacher || student) at T = 3",
               args=(s, t, y), kwargs={"temperature": 3.0, "alpha": 1.0})
    s, _, y = _batch(rng, 6, 4)
    yield Case("teacher equals student", "identical logits: the KL term is 0",
               args=(s, s.copy(), y), kwargs={"temperature": 2.5, "alpha": 0.7})
    s, t, y = _batch(rng, 5, 6)
    yield Case("temperature 1", "T = 1, alpha = 0.3", args=(s, t, y),
               kwargs={"temperature": 1.0, "alpha": 0.3})
    s, t, y = _batch(rng, 5, 6)
    yield Case("high temperature", "T = 20, alpha = 0.9: the T^2 factor matters most here",
               args=(s, t, y), kwargs={"temperature": 20.0, "alpha": 0.9})
    s, t, y = _batch(rng, 6, 7, scale=1.0)
    yield Case("huge logits", "logits around +-1e4 (exp overflows without a max shift)",
               args=(s + 1e4, t - 1e4, y))
    s = np.array([[1e4, 0.0, 0.0], [0.0, 0.0, 1e4], [0.0, 5.0, 0.0]])
    t = np.array([[0.0, 1e4, 0.0], [1e4, 0.0, 0.0], [0.0, 5.0, 0.0]])
    yield Case("extreme disagreement", "student and teacher confident in different classes by "
               "1e4 and labels on the teacher's class: softmax probabilities underflow to 0, so "
               "log(softmax) is -inf; the loss is large but finite",
               args=(s, t, np.array([1, 0, 1])), kwargs={"temperature": 2.0, "alpha": 0.5})
    s, t, _ = _batch(rng, 8, 3)
    yield Case("same label", "every label is class 2", args=(s, t, np.full(8, 2)),
               kwargs={"temperature": 4.0, "alpha": 0.25})


@suite.cases
def random(rng):
    for i, (n, c, temp, a) in enumerate([(3, 10, 2.0, 0.5), (16, 7, 5.0, 0.8), (32, 100, 1.5, 0.1),
                                         (64, 20, 4.0, 0.95)]):
        s, t, y = _batch(rng, n, c, scale=3.0)
        yield Case(f"random {i + 1}", f"N = {n}, C = {c}, T = {temp:g}, alpha = {a:g}",
                   args=(s, t, y), kwargs={"temperature": temp, "alpha": a})
    s, t, y = _batch(rng, 12, 9, scale=4.0)
    yield Case("float32 logits", "float32 logits (compute in float64 or float32; rtol=1e-4)",
               args=(s.astype(np.float32), t.astype(np.float32), y), check=F32)


@suite.perf
def perf(rng):
    s, t, y = _batch(rng, 1500, 128, scale=3.0)
    return Case("perf", "N = 1500, C = 128", args=(s, t, y))
