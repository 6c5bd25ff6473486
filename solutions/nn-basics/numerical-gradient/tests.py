"""Hidden suite for `numerical_gradient`: the three functions on several shapes, eps handling,
restoring x exactly, central (not one-sided) differences, and finite-difference checks."""

import numpy as np
import reference

from quizcli.suite import Case, Suite, allclose, grad_check

# Central differences with eps = 1e-5 have truncation error ~ eps^2 |f'''| / 6 ~ 1e-10 and
# roundoff ~ 1e-16 |f| / eps ~ 1e-9 here, so any correct implementation is within 1e-7. A
# one-sided difference is off by ~ eps |f''| / 2 ~ 1e-5, far outside.
suite = Suite(check=allclose(rtol=1e-6, atol=1e-7))

# Independently: the returned gradient against the analytic one, via finite differences of
# the scalar function itself (only for the default eps, whose own error is ~1e-9).
GRAD = allclose(rtol=1e-6, atol=1e-7) & grad_check(
    lambda kind, x, params, eps=1e-5: reference.scalar_function(kind, x, params),
    wrt=[1], outputs=0)


def _cubic(rng, shape):
    return ("cubic", rng.uniform(-2, 2, shape), rng.uniform(-2, 2, shape))


def _quadratic_form(rng, n):
    return ("quadratic_form", rng.standard_normal(n), rng.standard_normal((n, n)))


def _logsumexp(rng, shape):
    return ("logsumexp", rng.uniform(-2, 2, shape), rng.uniform(-2, 2, shape))


@suite.cases
def functions(rng):
    yield Case("cubic 1-D", "cubic on a (5,) input", args=_cubic(rng, (5,)), check=GRAD)
    yield Case("cubic 2-D", "cubic on a (3, 4) input: every element, not every row",
               args=_cubic(rng, (3, 4)), check=GRAD)
    yield Case("cubic 3-D", "cubic on a (2, 3, 2) input", args=_cubic(rng, (2, 3, 2)))
    yield Case("quadratic form", "x^T A x with n=6 and a non-symmetric A (x must be restored "
               "after each element)", args=_quadratic_form(rng, 6), check=GRAD)
    yield Case("quadratic form n=30", "x^T A x with n=30", args=_quadratic_form(rng, 30))
    yield Case("logsumexp 2-D", "logsumexp on a (4, 5) input", args=_logsumexp(rng, (4, 5)),
               check=GRAD)
    yield Case("logsumexp 3-D", "logsumexp on a (2, 3, 4) input",
               args=_logsumexp(rng, (2, 3, 4)))


@suite.cases
def edge_cases(rng):
    yield Case("single element", "cubic on a (1,) input", args=_cubic(rng, (1,)), check=GRAD)
    yield Case("quadratic form n=1", "x^T A x with n=1 (f = a x^2)",
               args=_quadratic_form(rng, 1))
    yield Case("logsumexp (1, 1)", "logsumexp of a single element: the gradient is params",
               args=_logsumexp(rng, (1, 1)))
    kind, x, params = _cubic(rng, (3, 3))
    yield Case("zero x", "cubic at x = 0 (the gradient is params * eps^2, essentially 0)",
               args=(kind, np.zeros_like(x), params))
    kind, x, params = _logsumexp(rng, (2, 4))
    yield Case("zero params", "logsumexp with params = 0: f is constant, the gradient is 0",
               args=(kind, x, np.zeros_like(params)))
    yield Case("row vector", "logsumexp on a (1, 7) input", args=_logsumexp(rng, (1, 7)))


@suite.cases
def step_sizes(rng):
    yield Case("eps 1e-2 cubic", "cubic with eps=1e-2 (keyword): the central difference is "
               "3 p x^2 + p eps^2, so eps must be the one passed in",
               args=_cubic(rng, (4, 3)), kwargs={"eps": 1e-2})
    yield Case("eps 1e-3 logsumexp", "logsumexp with eps=1e-3 passed positionally",
               args=_logsumexp(rng, (3, 5)) + (1e-3,))
    yield Case("eps 0.1 quadratic form", "x^T A x with eps=0.1 (central differences are exact "
               "for a quadratic; one-sided ones are off by eps * A_ii)",
               args=_quadratic_form(rng, 5), kwargs={"eps": 0.1})
    yield Case("eps 0.05 cubic 3-D", "cubic on a (2, 2, 3) input with eps=0.05",
               args=_cubic(rng, (2, 2, 3)), kwargs={"eps": 0.05})


@suite.perf
def perf(rng):
    return Case("perf", "x^T A x with n=300 (600 evaluations of a 300 x 300 quadratic form)",
                args=_quadratic_form(rng, 300))
