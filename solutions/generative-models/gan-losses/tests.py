"""Hidden suite for `gan_losses`: values, saturated logits up to +-1e3, shapes, float32."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=("d_loss", "g_loss"))

# float32 inputs: softplus carries ~1e-7 relative rounding per element, the mean a bit more.
F32 = allclose(rtol=1e-4, atol=1e-6)


@suite.cases
def edge_cases(rng):
    yield Case("single logits", "one real and one fake logit",
               args=(np.array([0.7]), np.array([-1.2])))
    yield Case("all zeros", "all logits 0 (D = 0.5 everywhere): d_loss = 2 log 2, "
               "g_loss = log 2", args=(np.zeros(5), np.zeros(5)))
    yield Case("perfect discriminator", "real logits +1000, fake logits -1000: d_loss = 0, "
               "g_loss = 1000 (the generator must still get a finite, large loss)",
               args=(np.full(4, 1000.0), np.full(4, -1000.0)))
    yield Case("fooled discriminator", "real logits -1000, fake logits +1000: d_loss = 2000, "
               "g_loss = 0", args=(np.full(3, -1000.0), np.full(3, 1000.0)))
    x = np.array([-1000.0, -800.0, -745.0, -100.0, -30.0, -1.0, 0.0, 1.0, 30.0, 100.0, 710.0,
                  800.0, 1000.0])
    yield Case("extremes", "logits from -1000 to 1000 on both sides (exp(710) overflows)",
               args=(x, x[::-1].copy()))
    yield Case("moderate saturation", "logits near +-40 where log(sigmoid) loses all precision "
               "for the saturated side", args=(40 + rng.standard_normal(6),
                                               -40 + rng.standard_normal(6)))


@suite.cases
def shapes(rng):
    yield Case("different sizes", "7 real logits and 3 fake logits: each mean is over its "
               "own array", args=(rng.standard_normal(7) * 3, rng.standard_normal(3) * 3))
    yield Case("different sizes 2", "2 real logits and 11 fake logits",
               args=(rng.standard_normal(2) * 3 + 2, rng.standard_normal(11) * 3 - 2))
    yield Case("2-D logits", "real (4, 5) and fake (4, 5) logits (e.g. a PatchGAN output): "
               "the mean is over all elements", args=(rng.standard_normal((4, 5)) * 2,
                                                      rng.standard_normal((4, 5)) * 2))
    yield Case("column logits", "real (6, 1) and fake (9, 1) logits",
               args=(rng.standard_normal((6, 1)) * 5, rng.standard_normal((9, 1)) * 5))


@suite.cases
def random(rng):
    for i, (n, m, scale) in enumerate([(16, 16, 1.0), (50, 40, 10.0), (128, 64, 100.0),
                                        (300, 300, 1000.0)]):
        yield Case(f"random {i + 1}", f"{n} real and {m} fake logits scaled by {scale:g}",
                   args=(rng.standard_normal(n) * scale, rng.standard_normal(m) * scale))
    yield Case("uniform +-1e3", "logits uniform in [-1000, 1000]",
               args=(rng.uniform(-1000, 1000, 200), rng.uniform(-1000, 1000, 150)))
    yield Case("float32", "float32 logits (rtol=1e-4, atol=1e-6)",
               args=((rng.standard_normal(40) * 5).astype(np.float32),
                     (rng.standard_normal(30) * 5).astype(np.float32)), check=F32)
    yield Case("float32 extremes", "float32 logits uniform in [-1000, 1000] (exp(89) already "
               "overflows float32)",
               args=(rng.uniform(-1000, 1000, 50).astype(np.float32),
                     rng.uniform(-1000, 1000, 50).astype(np.float32)), check=F32)


@suite.perf
def perf(rng):
    return Case("perf", "500,000 real and 500,000 fake logits",
                args=(rng.standard_normal(500_000) * 5, rng.standard_normal(500_000) * 5))
