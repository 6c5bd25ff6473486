"""Hidden suite for `mlp_forward_backward`: loss and all four gradients, finite-difference
checks of every gradient, ReLU'(0) = 0, large logits, size-1 axes, a larger perf case."""

import numpy as np
import reference

from quizcli.suite import AllClose, Case, Suite, allclose, custom, numerical_gradient

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=("loss", "grads"))

PARAMS = ("W1", "b1", "W2", "b2")  # positions 2..5 of the arguments


def _finite_differences(got, case, expected):
    """Every returned gradient against central differences (float64) of the reference loss."""
    if not isinstance(got, tuple | list) or len(got) != 2 or not isinstance(got[1], dict):
        return "expected a tuple (loss, grads) with grads a dict"
    grads = got[1]
    if set(grads) != set(PARAMS):
        return f"grads must have exactly the keys {list(PARAMS)}, got {sorted(grads)}"
    args = list(case.args)
    inner = AllClose(rtol=1e-5, atol=1e-7)
    for pos, name in enumerate(PARAMS, start=2):
        def f(value, pos=pos):
            trial = list(args)
            trial[pos] = value
            return reference.mlp_loss(*trial)

        numeric = numerical_gradient(f, args[pos], eps=1e-6)
        msg = inner.compare(numeric, grads[name], case, None, None, f"grads[{name!r}]")
        if msg:
            return f"gradient check failed (vs finite differences of the loss): {msg}"
    return None


GRAD = allclose(rtol=1e-6, atol=1e-9) & custom(_finite_differences)


def _params(rng, n, d, h, c, scale=1.0, margin=1e-3):
    """Random inputs whose pre-activations stay at least `margin` away from the ReLU kink,
    so that finite differences with eps = 1e-6 never cross it."""
    y = rng.integers(0, c, size=n)
    while True:
        x = rng.standard_normal((n, d))
        W1 = rng.standard_normal((d, h)) / np.sqrt(d)
        b1 = 0.1 * rng.standard_normal(h)
        if np.abs(x @ W1 + b1).min() > margin:
            break
    W2 = rng.standard_normal((h, c)) * scale / np.sqrt(h)
    b2 = 0.1 * rng.standard_normal(c)
    return x, y, W1, b1, W2, b2


@suite.cases
def gradient_checks(rng):
    for i, (n, d, h, c) in enumerate([(4, 3, 5, 3), (6, 4, 3, 5), (3, 2, 6, 4), (8, 5, 4, 2)]):
        yield Case(f"gradient check {i + 1}", f"N={n}, D={d}, H={h}, C={c}: loss, and every "
                   "gradient against finite differences of the loss",
                   args=_params(rng, n, d, h, c), check=GRAD)


@suite.cases
def edge_cases(rng):
    yield Case("single example", "N=1, D=3, H=4, C=3", args=_params(rng, 1, 3, 4, 3), check=GRAD)
    yield Case("one hidden unit", "N=5, D=3, H=1, C=4", args=_params(rng, 5, 3, 1, 4), check=GRAD)
    yield Case("one input feature", "N=6, D=1, H=4, C=3", args=_params(rng, 6, 1, 4, 3),
               check=GRAD)
    yield Case("single class", "C=1: the loss and the output-layer gradients are all 0",
               args=_params(rng, 4, 3, 5, 1))
    x, y, W1, b1, W2, b2 = _params(rng, 6, 3, 5, 4)
    y = np.full(6, 2)
    yield Case("same label", "all six labels equal to 2 (per-row label indexing matters)",
               args=(x, y, W1, b1, W2, b2), check=GRAD)
    x, y, W1, b1, W2, b2 = _params(rng, 6, 4, 5, 3, scale=3000.0)
    yield Case("large logits", "scores of magnitude ~1e3: exp overflows without a max shift",
               args=(x, y, W1, b1, W2, b2), check=GRAD)
    x, y, W1, b1, W2, b2 = _params(rng, 5, 3, 6, 4)
    x[[0, 3]] = 0.0
    b1[[1, 4]] = 0.0
    yield Case("relu at 0", "two rows of x are 0 and two entries of b1 are 0, so some "
               "pre-activations are exactly 0: ReLU'(0) must be 0", args=(x, y, W1, b1, W2, b2))
    x, y, W1, b1, W2, b2 = _params(rng, 5, 4, 6, 3)
    b1 = b1 - 10.0
    yield Case("dead hidden layer", "b1 = -10: every hidden unit is inactive, so dW1 = db1 = 0",
               args=(x, y, W1, b1, W2, b2), check=GRAD)


@suite.cases
def random(rng):
    for i, (n, d, h, c) in enumerate([(16, 10, 12, 5), (50, 20, 32, 10), (7, 30, 8, 3)]):
        yield Case(f"random {i + 1}", f"N={n}, D={d}, H={h}, C={c}",
                   args=_params(rng, n, d, h, c, scale=3.0, margin=0.0))


@suite.perf
def perf(rng):
    return Case("perf", "N=512, D=256, H=256, C=64",
                args=_params(rng, 512, 256, 256, 64, margin=0.0))
