"""Hidden suite for `skipgram_negative_sampling_grad`: gradient checks, large scores, perf."""

import numpy as np
import reference

from quizcli.suite import Case, Suite, allclose, grad_check

NAMES = ("loss", "d_center", "d_context", "d_negatives")
CLOSE = allclose(rtol=1e-6, atol=1e-9)
suite = Suite(check=CLOSE, outputs=NAMES)


def objective(v_center, u_context, u_negatives):
    return reference.skipgram_negative_sampling_grad(v_center, u_context, u_negatives)[0]


GRAD = CLOSE & grad_check(objective, wrt=[0, 1, 2], outputs=[1, 2, 3])


def make(rng, D, K, scale=1.0):
    return (rng.standard_normal(D) * scale, rng.standard_normal(D) * scale,
            rng.standard_normal((K, D)) * scale)


@suite.cases
def gradient_checks(rng):
    yield Case("D=1, K=1", "one dimension, one negative; gradient check",
               args=make(rng, 1, 1), check=GRAD)
    yield Case("small", "D=4, K=3; gradient check", args=make(rng, 4, 3), check=GRAD)
    yield Case("single negative", "D=6, K=1; gradient check", args=make(rng, 6, 1), check=GRAD)
    yield Case("square", "D=K=5 (a transposed product does not crash here); gradient check",
               args=make(rng, 5, 5), check=GRAD)
    v, u, neg = make(rng, 5, 4)
    neg = np.vstack([neg, neg[1:2], neg[1:2]])
    yield Case("repeated negatives", "the same negative vector drawn 3 times (K=6): each row "
               "gets its own gradient; gradient check", args=(v, u, neg), check=GRAD)
    yield Case("larger scores", "D=8, K=5, vectors scaled by 2 (scores up to ~15); gradient "
               "check", args=make(rng, 8, 5, scale=2.0), check=GRAD)


@suite.cases
def edge_cases(rng):
    yield Case("all zeros", "every vector zero: loss = (K + 1) log 2",
               args=(np.zeros(5), np.zeros(5), np.zeros((3, 5))), check=GRAD)
    yield Case("zero center", "v_center = 0: all scores 0; d_context and d_negatives are 0",
               args=(np.zeros(4), rng.standard_normal(4), rng.standard_normal((3, 4))),
               check=GRAD)
    v = np.full(10, 10.0)
    yield Case("huge scores, good model", "u_o.v_c = +1000 and u_k.v_c = -1000: loss is ~0, "
               "no nan/inf", args=(v, np.full(10, 10.0), np.full((3, 10), -10.0)))
    yield Case("huge scores, bad model", "u_o.v_c = -1000 and u_k.v_c = +1000: the loss is "
               "~4000 and must be finite (log(sigmoid(-1000)) underflows to log 0)",
               args=(v, np.full(10, -10.0), np.full((3, 10), 10.0)))
    v, u, neg = make(rng, 20, 8, scale=8.0)
    yield Case("mixed large scores", "D=20, K=8, vectors scaled by 8: scores up to ~1e3 of "
               "both signs", args=(v, u, neg))


@suite.cases
def random(rng):
    for i, (D, K) in enumerate([(10, 5), (50, 15), (300, 20)]):
        yield Case(f"random {i + 1}", f"D={D}, K={K}, vectors scaled by 0.3",
                   args=make(rng, D, K, scale=0.3))


@suite.perf
def perf(rng):
    return Case("perf", "D=300, K=3000", args=make(rng, 300, 3000, scale=0.1))
