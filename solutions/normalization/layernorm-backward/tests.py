"""Hidden suite for `layernorm_backward`: any rank, all three gradients vs finite differences."""

import numpy as np
import reference

from quizcli.suite import Case, Suite, allclose, grad_check, invariant, numerical_gradient

NAMES = ("dx", "dgamma", "dbeta")
suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=NAMES)


def objective(dout, x, gamma, eps=1e-5):
    # beta does not change dx or dgamma, so any value works here.
    return np.sum(dout * reference.layernorm_forward(x, gamma, 0.0, eps))


def dbeta_by_finite_differences(got, case):
    """dbeta is not an argument, so check it with central differences in beta directly."""
    if not isinstance(got, tuple | list) or len(got) < 3:
        return None  # the comparison with the reference already reported the wrong structure
    dout, x, gamma = (np.asarray(a, dtype=np.float64) for a in case.args[:3])
    eps = case.args[3] if len(case.args) > 3 else case.kwargs.get("eps", 1e-5)
    fd = numerical_gradient(
        lambda beta: np.sum(dout * reference.layernorm_forward(x, gamma, beta, eps)),
        np.zeros(gamma.shape))
    msg = allclose(rtol=1e-5, atol=1e-7).compare(fd, got[2], case, NAMES, 2)
    return f"gradient check failed (vs finite differences): {msg}" if msg else None


GRAD = (allclose(rtol=1e-6, atol=1e-9)
        & grad_check(objective, wrt=[1, 2], outputs=[0, 1])
        & invariant(dbeta_by_finite_differences))


def case_args(rng, shape, scale=1.0, shift=0.0):
    x = rng.standard_normal(shape) * scale + shift
    return (rng.standard_normal(shape), x, 1.0 + 0.5 * rng.standard_normal(shape[-1]))


@suite.cases
def gradient_checks(rng):
    yield Case("1-D input", "a single vector of shape (5,)", args=case_args(rng, (5,)), check=GRAD)
    yield Case("D = 1", "a (4, 1) input: the output is constant, so dx = 0",
               args=case_args(rng, (4, 1)), check=GRAD)
    yield Case("D = 2", "a (3, 2) input", args=case_args(rng, (3, 2)), check=GRAD)
    yield Case("2-D", "a (4, 3) input", args=case_args(rng, (4, 3), 2.0, 1.0), check=GRAD)
    yield Case("3-D (B, T, D)", "a (2, 3, 4) input: dgamma and dbeta summed over B and T",
               args=case_args(rng, (2, 3, 4)), check=GRAD)
    yield Case("4-D", "a (2, 2, 2, 3) input", args=case_args(rng, (2, 2, 2, 3), 3.0), check=GRAD)
    yield Case("square", "a (4, 4) input", args=case_args(rng, (4, 4)), check=GRAD)
    dout, x, gamma = case_args(rng, (3, 5))
    x[1] = 0.75
    yield Case("constant row", "row 1 is constant (variance 0)", args=(dout, x, gamma),
               check=GRAD)
    dout, x, gamma = case_args(rng, (3, 6))
    x *= np.array([[1e-3], [1.0], [10.0]])
    yield Case("rows at different scales", "row scales 1e-3, 1, 10 (the first row's variance "
               "is below eps)", args=(dout, x, gamma), check=GRAD)
    yield Case("eps keyword", "a (2, 2, 5) input, eps = 0.1 by keyword",
               args=case_args(rng, (2, 2, 5), 0.5), kwargs={"eps": 0.1}, check=GRAD)
    yield Case("eps positional", "a (3, 4) input, eps = 1e-3 passed positionally",
               args=case_args(rng, (3, 4)) + (1e-3,), check=GRAD)
    dout, x, gamma = case_args(rng, (2, 3, 4))
    yield Case("dout ones", "dout = 1 everywhere", args=(np.ones_like(dout), x, gamma), check=GRAD)


@suite.cases
def random(rng):
    for i, shape in enumerate([(64, 10), (4, 16, 32), (2, 3, 4, 20), (5, 100)]):
        scale = rng.uniform(0.5, 4.0)
        yield Case(f"random {i + 1}", f"a {shape} input scaled by {scale:.2f}",
                   args=case_args(rng, shape, scale, rng.standard_normal()))
    yield Case("large common offset", "x = 1e5 + 1e-3 * noise, shape (4, 8, 16): needs a "
               "centred variance (rtol=1e-5, atol=1e-6)",
               args=case_args(rng, (4, 8, 16), 1e-3, 1e5), check=allclose(rtol=1e-5, atol=1e-6))


@suite.perf
def perf(rng):
    return Case("perf", "a (8, 128, 512) input", args=case_args(rng, (8, 128, 512), 2.0, 1.0))
