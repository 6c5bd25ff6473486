"""Hidden suite for `batchnorm_backward`: all three gradients against finite differences."""

import numpy as np
import reference

from quizcli.suite import Case, Suite, allclose, grad_check, invariant, numerical_gradient

NAMES = ("dx", "dgamma", "dbeta")
suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=NAMES)


def objective(dout, x, gamma, eps=1e-5):
    # beta does not change dx or dgamma, so any value works here.
    return np.sum(dout * reference.batchnorm_forward(x, gamma, 0.0, eps))


def dbeta_by_finite_differences(got, case):
    """dbeta is not an argument, so check it with central differences in beta directly."""
    if not isinstance(got, tuple | list) or len(got) < 3:
        return None  # the comparison with the reference already reported the wrong structure
    dout, x, gamma = (np.asarray(a, dtype=np.float64) for a in case.args[:3])
    eps = case.args[3] if len(case.args) > 3 else case.kwargs.get("eps", 1e-5)
    fd = numerical_gradient(
        lambda beta: np.sum(dout * reference.batchnorm_forward(x, gamma, beta, eps)),
        np.zeros(gamma.shape))
    msg = allclose(rtol=1e-5, atol=1e-7).compare(fd, got[2], case, NAMES, 2)
    return f"gradient check failed (vs finite differences): {msg}" if msg else None


# dx and dgamma against finite differences of sum(dout * forward), dbeta likewise.
GRAD = (allclose(rtol=1e-6, atol=1e-9)
        & grad_check(objective, wrt=[1, 2], outputs=[0, 1])
        & invariant(dbeta_by_finite_differences))


def case_args(rng, n, d, scale=1.0, shift=0.0):
    x = rng.standard_normal((n, d)) * scale + shift
    return (rng.standard_normal((n, d)), x, 1.0 + 0.5 * rng.standard_normal(d))


@suite.cases
def gradient_checks(rng):
    yield Case("single sample", "N = 1: the output is constant, so dx = 0 and dgamma = 0",
               args=case_args(rng, 1, 3), check=GRAD)
    yield Case("two samples", "N = 2, D = 3", args=case_args(rng, 2, 3), check=GRAD)
    yield Case("single feature", "a (7, 1) input", args=case_args(rng, 7, 1, 2.0), check=GRAD)
    dout, x, gamma = case_args(rng, 6, 4)
    x[:, 1] = -3.0
    yield Case("constant column", "column 1 is constant (variance 0)", args=(dout, x, gamma),
               check=GRAD)
    yield Case("small", "a (4, 3) input", args=case_args(rng, 4, 3), check=GRAD)
    yield Case("offset and scale", "a (8, 5) input, scale 3, shifted by 2",
               args=case_args(rng, 8, 5, 3.0, 2.0), check=GRAD)
    dout, x, gamma = case_args(rng, 10, 3)
    x *= np.array([1e-3, 1.0, 10.0])
    yield Case("columns at different scales", "column scales 1e-3, 1, 10 (the first one's "
               "variance is below eps)", args=(dout, x, gamma), check=GRAD)
    yield Case("eps keyword", "eps = 0.1 by keyword", args=case_args(rng, 5, 4, 0.5),
               kwargs={"eps": 0.1}, check=GRAD)
    yield Case("eps positional", "eps = 1e-3 passed positionally",
               args=case_args(rng, 6, 3) + (1e-3,), check=GRAD)
    dout, x, gamma = case_args(rng, 5, 4)
    yield Case("dout ones", "dout = 1 everywhere: dx = 0 (a shift of y's sum cannot change it)",
               args=(np.ones_like(dout), x, gamma), check=GRAD)
    dout, x, gamma = case_args(rng, 6, 3)
    yield Case("negative gamma", "gamma with negative and zero entries",
               args=(dout, x, np.array([-2.0, 0.0, 0.5])), check=GRAD)


@suite.cases
def random(rng):
    for i, (n, d, scale) in enumerate([(32, 16, 1.0), (200, 10, 4.0), (3, 60, 0.3),
                                        (128, 64, 1.0)]):
        yield Case(f"random {i + 1}", f"a ({n}, {d}) input scaled by {scale:g}",
                   args=case_args(rng, n, d, scale, rng.standard_normal()))
    dout, x, gamma = case_args(rng, 40, 4, 1e-3, 1e5)
    yield Case("large common offset", "x = 1e5 + 1e-3 * noise: needs a centred variance "
               "(rtol=1e-5, atol=1e-6)", args=(dout, x, gamma),
               check=allclose(rtol=1e-5, atol=1e-6))


@suite.perf
def perf(rng):
    return Case("perf", "a (2000, 256) input", args=case_args(rng, 2000, 256, 2.0, 1.0))
