"""Hidden suite for `linear_backward`: shapes with size-1 axes, zeros, gradient checks, float32."""

import numpy as np
import reference

from quizcli.suite import Case, Suite, allclose, grad_check

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=("dx", "dw", "db"))

# float32 inputs: matrix products of a few hundred terms carry ~1e-6 relative rounding.
F32 = allclose(rtol=1e-4, atol=1e-5)


def objective(dout, x, w, b):
    """The scalar whose gradients the layer returns: sum(dout * y)."""
    return np.sum(dout * reference.linear_forward(x, w, b))


# dx, dw and db (outputs 0, 1, 2) against finite differences w.r.t. x, w and b (args 1, 2, 3).
GRAD = allclose(rtol=1e-6, atol=1e-9) & grad_check(objective, wrt=[1, 2, 3], outputs=[0, 1, 2])


def _case(rng, n, d, m, scale=1.0):
    return (rng.standard_normal((n, m)), rng.standard_normal((n, d)) * scale,
            rng.standard_normal((d, m)), rng.standard_normal(m))


@suite.cases
def gradient_checks(rng):
    for i, (n, d, m) in enumerate([(2, 3, 4), (5, 4, 3), (3, 3, 3), (4, 2, 6)]):
        yield Case(f"gradient check {i + 1}", f"N={n}, D={d}, M={m}: dx, dw, db against finite "
                   "differences of sum(dout * (x @ w + b))", args=_case(rng, n, d, m), check=GRAD)


@suite.cases
def edge_cases(rng):
    yield Case("all size 1", "N = D = M = 1", args=_case(rng, 1, 1, 1), check=GRAD)
    yield Case("single example", "N=1, D=4, M=3 (db equals the only row of dout)",
               args=_case(rng, 1, 4, 3), check=GRAD)
    yield Case("single output", "N=6, D=5, M=1", args=_case(rng, 6, 5, 1), check=GRAD)
    yield Case("single input feature", "N=5, D=1, M=4", args=_case(rng, 5, 1, 4), check=GRAD)
    dout, x, w, b = _case(rng, 4, 3, 5)
    yield Case("dout zeros", "dout = 0: all three gradients are zero",
               args=(np.zeros_like(dout), x, w, b))
    dout, x, w, b = _case(rng, 4, 3, 5)
    yield Case("x zeros", "x = 0: dw is zero, dx and db are not", args=(dout, np.zeros_like(x), w, b))
    yield Case("square shapes", "N = D = M = 6 (a transposed product has the right shape here)",
               args=_case(rng, 6, 6, 6))
    yield Case("large values", "N=8, D=7, M=5 with x scaled by 1e3", args=_case(rng, 8, 7, 5, 1e3))


@suite.cases
def random(rng):
    for i, (n, d, m) in enumerate([(16, 10, 7), (64, 32, 20), (3, 50, 2), (100, 1, 9)]):
        yield Case(f"random {i + 1}", f"N={n}, D={d}, M={m}", args=_case(rng, n, d, m))
    args = tuple(a.astype(np.float32) for a in _case(rng, 32, 24, 16))
    yield Case("float32", "float32 inputs with N=32, D=24, M=16 (float32 or float64 output "
               "accepted; rtol=1e-4, atol=1e-5)", args=args, check=F32)


@suite.perf
def perf(rng):
    return Case("perf", "N=512, D=512, M=512", args=_case(rng, 512, 512, 512))
