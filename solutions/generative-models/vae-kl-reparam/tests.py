"""Hidden suite for `vae_kl_reparam`: values of z and the per-example KL, edge cases, float32."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=("z", "kl"))

# float32 inputs: ~1e-7 relative rounding per term, KL sums D terms of size up to ~exp(logvar).
F32 = allclose(rtol=1e-4, atol=1e-5)


def gauss(rng, n, d, mu_scale=1.0, lv_scale=1.0, lv_shift=0.0):
    return (rng.standard_normal((n, d)) * mu_scale,
            rng.standard_normal((n, d)) * lv_scale + lv_shift,
            rng.standard_normal((n, d)))


@suite.cases
def edge_cases(rng):
    yield Case("prior posterior", "mu = 0, logvar = 0: z = eps and KL = 0",
               args=(np.zeros((3, 4)), np.zeros((3, 4)), rng.standard_normal((3, 4))))
    yield Case("single example single dim", "N = 1, D = 1",
               args=(np.array([[0.7]]), np.array([[-0.4]]), np.array([[1.3]])))
    yield Case("one latent dim", "D = 1: a (5, 1) batch (kl has shape (5,))",
               args=gauss(rng, 5, 1, 2.0))
    yield Case("one example", "N = 1: a (1, 8) batch (kl has shape (1,))",
               args=gauss(rng, 1, 8, 2.0))
    yield Case("zero noise", "eps = 0: z = mu exactly",
               args=(rng.standard_normal((4, 6)), rng.standard_normal((4, 6)), np.zeros((4, 6))))
    yield Case("square batch", "a (6, 6) batch: the KL sums over the latent axis (axis 1), "
               "not the batch axis", args=gauss(rng, 6, 6, 1.5, 1.5))
    yield Case("mean only", "logvar = 0, mu varies: KL = |mu|^2 / 2 per example",
               args=(rng.standard_normal((4, 5)) * 3, np.zeros((4, 5)),
                     rng.standard_normal((4, 5))))
    yield Case("variance only", "mu = 0, logvar varies in [-3, 3]",
               args=(np.zeros((4, 5)), rng.uniform(-3, 3, (4, 5)), rng.standard_normal((4, 5))))


@suite.cases
def extremes(rng):
    yield Case("tiny variance", "logvar around -20 (std ~ 4.5e-5): KL ~ 9.5 per dim",
               args=gauss(rng, 4, 7, 1.0, 1.0, -20.0))
    yield Case("large variance", "logvar around +15 (variance ~ 3e6)",
               args=gauss(rng, 4, 7, 1.0, 1.0, 15.0))
    yield Case("near the prior", "mu ~ 1e-4, logvar ~ 1e-4: KL ~ 1e-8 (cancellation in "
               "exp(logvar) - 1 - logvar)", args=gauss(rng, 3, 10, 1e-4, 1e-4))


@suite.cases
def random(rng):
    for i, (n, d) in enumerate([(8, 2), (16, 10), (32, 64), (100, 20)]):
        yield Case(f"random {i + 1}", f"a ({n}, {d}) batch, mu and logvar ~ N(0, 1)",
                   args=gauss(rng, n, d))
    yield Case("float32", "float32 (10, 16) inputs (rtol=1e-4, atol=1e-5)",
               args=tuple(a.astype(np.float32) for a in gauss(rng, 10, 16, 1.0, 1.0)),
               check=F32)


@suite.perf
def perf(rng):
    return Case("perf", "a (2560, 128) batch", args=gauss(rng, 2560, 128))
