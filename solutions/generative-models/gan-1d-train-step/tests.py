"""Hidden suite for `gan_1d_train_step`: values, both gradients vs finite differences, the
D-then-G order, saturated discriminators, different batch sizes."""

import numpy as np
import reference

from quizcli.suite import Case, Suite, allclose, grad_check

OUTPUTS = ("new_d_params", "new_g_params", "d_grad", "g_grad", "d_loss", "g_loss")


VALUES = allclose(rtol=1e-6, atol=1e-9)
suite = Suite(check=VALUES, outputs=OUTPUTS)


def d_objective(x_real, z, d_params, g_params, lr):
    """The discriminator loss at the current parameters: d_grad is its gradient in d_params."""
    return reference.d_loss(x_real, z, d_params, g_params)


def checked(x_real, z, d_params, g_params, lr):
    """Values & d_grad vs finite differences & g_grad vs finite differences of the generator
    loss with the discriminator fixed at its UPDATED parameters (computed once, here)."""
    new_d = reference.gan_1d_train_step(x_real, z, d_params, g_params, lr)[0]

    def g_objective(x_real, z, d_params, g_params, lr):
        return reference.g_loss(z, new_d, g_params)

    return (VALUES & grad_check(d_objective, wrt=[2], outputs=[2])
            & grad_check(g_objective, wrt=[3], outputs=[3]))


def case(name, description, x_real, z, d_params, g_params, lr, grads=True):
    args = (np.asarray(x_real, dtype=np.float64), np.asarray(z, dtype=np.float64),
            np.asarray(d_params, dtype=np.float64), np.asarray(g_params, dtype=np.float64),
            float(lr))
    return Case(name, description, args=args, check=checked(*args) if grads else None)


@suite.cases
def edge_cases(rng):
    yield case("single samples", "N = M = 1", [1.5], [0.3], [0.8, -0.2], [1.2, 0.4], 0.1)
    yield case("all zeros", "x_real = 0, z = 0, D params 0: D = 0.5, both gradients vanish",
               np.zeros(4), np.zeros(4), [0.0, 0.0], [1.0, 0.0], 0.1)
    yield case("lr zero", "lr = 0: parameters unchanged, G's gradient uses the (unchanged) D",
               rng.standard_normal(5) + 2, rng.standard_normal(5), [0.4, 0.1], [0.9, -0.3], 0.0)
    yield case("different sizes", "7 real samples and 3 noise samples: each mean is over its "
               "own batch", rng.standard_normal(7) * 0.5 + 3, rng.standard_normal(3),
               [0.5, -0.5], [1.0, 0.0], 0.2)
    yield case("different sizes 2", "2 real samples and 9 noise samples",
               rng.standard_normal(2) - 1, rng.standard_normal(9), [-0.7, 0.3], [0.5, 1.0], 0.05)
    yield case("D flips sign", "a large lr makes the D update change the sign of w: a G step "
               "with the old D would push the generator the wrong way",
               rng.standard_normal(6) + 4, rng.standard_normal(6), [-0.3, 0.0], [1.0, 0.0], 5.0)


@suite.cases
def saturated(rng):
    # Logits around +-800: naive log(1 + exp(u)) overflows; the minimax generator loss would
    # give almost no gradient here while the non-saturating one gives a strong one.
    yield case("saturated discriminator", "w = 400: real logits near +800, fake logits near "
               "-800 (D confidently right); losses and gradients must be finite",
               2 + 0.05 * rng.standard_normal(8), 0.05 * rng.standard_normal(8),
               [400.0, 0.0], [1.0, -2.0], 0.01, grads=False)
    yield case("fooled discriminator", "w = -400: real logits near -800, fake logits near +800",
               2 + 0.05 * rng.standard_normal(8), 0.05 * rng.standard_normal(8),
               [-400.0, 0.0], [1.0, -2.0], 0.01, grads=False)
    yield case("confident D", "logits around +-12 (D ~ 1e-5 from 0 or 1): gradients checked "
               "against finite differences", 3 + 0.1 * rng.standard_normal(6),
               0.1 * rng.standard_normal(6), [4.0, 0.0], [1.0, -3.0], 0.1)


@suite.cases
def random(rng):
    for i, (n, m) in enumerate([(5, 5), (12, 8), (20, 30), (40, 40)]):
        d = rng.standard_normal(2)
        g = np.array([rng.uniform(0.5, 2.0), rng.standard_normal()])
        yield case(f"random {i + 1}", f"{n} real samples from N(2, 0.5^2), {m} noise samples, "
                   "random parameters", 2 + 0.5 * rng.standard_normal(n), rng.standard_normal(m),
                   d, g, rng.uniform(0.01, 0.5))
    yield case("large batch", "2,000 real and 2,000 noise samples (values only)",
               rng.standard_normal(2000) * 1.5 - 1, rng.standard_normal(2000),
               rng.standard_normal(2), [0.8, 0.5], 0.1, grads=False)


@suite.perf
def perf(rng):
    return Case("perf", "300,000 real and 300,000 noise samples",
                args=(rng.standard_normal(300_000) + 2, rng.standard_normal(300_000),
                      np.array([0.3, 0.1]), np.array([1.0, 0.0]), 0.05))
