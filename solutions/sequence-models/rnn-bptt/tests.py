"""Hidden suite for `rnn_bptt`: every gradient against finite differences, edge cases, perf."""

import numpy as np
import reference

from quizcli.suite import Case, Suite, allclose, grad_check

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=("dx", "dh0", "dWx", "dWh", "db"))


def objective(dhs, x, h0, Wx, Wh, b):
    return np.sum(dhs * reference.rnn_forward(x, h0, Wx, Wh, b))


GRAD = allclose(rtol=1e-6, atol=1e-9) & grad_check(objective, wrt=[1, 2, 3, 4, 5],
                                                   outputs=[0, 1, 2, 3, 4])


def make(rng, N, T, D, H, wscale=1.0, xscale=1.0):
    dhs = rng.standard_normal((N, T, H))
    x = rng.standard_normal((N, T, D)) * xscale
    h0 = rng.standard_normal((N, H)) * 0.5
    Wx = rng.standard_normal((D, H)) * wscale / np.sqrt(D)
    Wh = rng.standard_normal((H, H)) * wscale / np.sqrt(H)  # not symmetric
    b = rng.standard_normal(H) * 0.3
    return dhs, x, h0, Wx, Wh, b


@suite.cases
def gradient_checks(rng):
    yield Case("single step", "N=2, T=1, D=3, H=4: all five gradients against finite "
               "differences", args=make(rng, 2, 1, 3, 4), check=GRAD)
    yield Case("all sizes 1", "N=T=D=H=1 except T=3, gradient check",
               args=make(rng, 1, 3, 1, 1, wscale=1.5), check=GRAD)
    yield Case("gradient check small", "N=2, T=4, D=3, H=5, gradient check",
               args=make(rng, 2, 4, 3, 5), check=GRAD)
    dhs, x, h0, Wx, Wh, b = make(rng, 3, 5, 2, 4, wscale=1.5)
    dhs[:, :-1] = 0.0
    yield Case("loss on last state only", "dhs is zero except at the last step (the gradient "
               "must still reach every step, x_0 and h0); gradient check",
               args=(dhs, x, h0, Wx, Wh, b), check=GRAD)
    dhs, x, h0, Wx, Wh, b = make(rng, 2, 4, 3, 3)
    yield Case("square hidden", "D=H=3, N=2, T=4 (a transposed Wh or Wx does not crash "
               "here); gradient check", args=(dhs, x, h0, Wx, Wh, b), check=GRAD)
    yield Case("gradient check T=6", "N=3, T=6, D=4, H=3, gradient check",
               args=make(rng, 3, 6, 4, 3, wscale=2.0), check=GRAD)


@suite.cases
def edge_cases(rng):
    dhs, x, h0, Wx, Wh, b = make(rng, 2, 5, 3, 4)
    yield Case("zero upstream", "dhs = 0: every gradient is 0",
               args=(np.zeros_like(dhs), x, h0, Wx, Wh, b))
    yield Case("zero state and weights", "h0 = 0 and Wh = 0: the steps are independent",
               args=(dhs, x, np.zeros_like(h0), Wx, np.zeros_like(Wh), b), check=GRAD)
    yield Case("saturated", "large inputs and weights: tanh saturates, gradients nearly "
               "vanish (values up to ~1e2 before tanh)",
               args=make(rng, 2, 6, 4, 5, wscale=8.0, xscale=10.0))


@suite.cases
def random(rng):
    for i, (N, T, D, H) in enumerate([(4, 10, 5, 6), (8, 16, 10, 12), (16, 30, 20, 24)]):
        yield Case(f"random {i + 1}", f"N={N}, T={T}, D={D}, H={H}", args=make(rng, N, T, D, H),
                   check=allclose(rtol=1e-6, atol=1e-8))


@suite.perf
def perf(rng):
    return Case("perf", "N=32, T=64, D=64, H=128", args=make(rng, 32, 64, 64, 128),
                check=allclose(rtol=1e-6, atol=1e-8))
