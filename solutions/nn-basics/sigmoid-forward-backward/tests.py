"""Hidden suite for `sigmoid_forward_backward`: values, extremes, gradient checks, float32."""

import numpy as np
import reference

from quizcli.suite import Case, Suite, allclose, grad_check

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=("y", "dx"))

# float32 rounding: y is good to ~1e-7, and 1 - y loses digits when y is close to 1.
F32 = allclose(rtol=1e-4, atol=1e-6)

# dx must be the gradient of sum(dout * sigmoid(x)) with respect to x (output 1 of the tuple).
GRAD = allclose(rtol=1e-6, atol=1e-9) & grad_check(
    lambda x, dout: np.sum(dout * reference.sigmoid(x)), wrt=[0], outputs=[1])


@suite.cases
def edge_cases(rng):
    yield Case("single element", "a (1,) input with dout = 1",
               args=(np.array([0.5]), np.array([1.0])))
    yield Case("zeros", "x = 0 everywhere: y = 0.5 and dx = dout / 4",
               args=(np.zeros((3, 4)), rng.standard_normal((3, 4))))
    x = np.array([-1000.0, -745.0, -500.0, -100.0, -30.0, -1.0, 0.0, 1.0, 30.0, 100.0, 500.0,
                  710.0, 1000.0])
    yield Case("extremes with dout 1", "x from -1000 to 1000 with dout = 1: y must be finite "
               "in [0, 1] (exp(1000) overflows)", args=(x, np.ones_like(x)))
    yield Case("extremes with random dout", "x from -1000 to 1000 with random dout",
               args=(x[::-1].copy(), rng.standard_normal(x.shape)))
    yield Case("large magnitudes", "a (20, 30) input uniform in [-1000, 1000]",
               args=(rng.uniform(-1000, 1000, (20, 30)), rng.standard_normal((20, 30))))
    yield Case("dout zeros", "dout = 0: dx must be all zeros",
               args=(rng.standard_normal((4, 5)) * 3, np.zeros((4, 5))))
    yield Case("column vector", "a (7, 1) input",
               args=(rng.standard_normal((7, 1)) * 4, rng.standard_normal((7, 1))))
    yield Case("row vector", "a (1, 9) input",
               args=(rng.standard_normal((1, 9)) * 4, rng.standard_normal((1, 9))))


@suite.cases
def gradient_checks(rng):
    shapes = [(5,), (3, 4), (2, 3, 2)]
    for i, shape in enumerate(shapes):
        yield Case(f"gradient check {i + 1}", f"a {shape} input: dx against finite differences "
                   "of sum(dout * sigmoid(x))",
                   args=(rng.standard_normal(shape) * 3, rng.standard_normal(shape)), check=GRAD)


@suite.cases
def random(rng):
    for i, (shape, scale) in enumerate([((50,), 1.0), ((8, 12), 5.0), ((3, 4, 5), 10.0),
                                         ((2, 3, 4, 5), 40.0)]):
        yield Case(f"random {i + 1}", f"a {shape} input scaled by {scale:g}, random dout",
                   args=(rng.standard_normal(shape) * scale, rng.standard_normal(shape)))
    yield Case("float32", "float32 x and dout of shape (6, 10) (float32 or float64 output "
               "accepted; rtol=1e-4, atol=1e-6)",
               args=((rng.standard_normal((6, 10)) * 5).astype(np.float32),
                     rng.standard_normal((6, 10)).astype(np.float32)), check=F32)
    yield Case("float32 extremes", "float32 x in [-200, 200] (exp(89) already overflows "
               "float32)", args=(rng.uniform(-200, 200, (5, 8)).astype(np.float32),
                                 rng.standard_normal((5, 8)).astype(np.float32)), check=F32)


@suite.perf
def perf(rng):
    return Case("perf", "a 700 x 700 input",
                args=(rng.standard_normal((700, 700)) * 4, rng.standard_normal((700, 700))))
