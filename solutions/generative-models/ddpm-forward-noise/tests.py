"""Hidden suite for `ddpm_forward_noise`: schedules, the inclusive cumulative product,
broadcasting over any number of trailing axes, integer dtypes of t, float32 data."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=("x_t", "alpha_bar_t"))

# float32 data (betas stay float64): x_t may be float32 or float64.
F32 = allclose(rtol=1e-5, atol=1e-6)


def linear_betas(T, start=1e-4, end=0.02):
    """The DDPM paper's linear schedule (scaled to T steps as in the paper for T = 1000)."""
    return np.linspace(start, end, T)


def cosine_betas(T, s=0.008):
    """Nichol & Dhariwal's cosine schedule, betas clipped at 0.999."""
    steps = np.arange(T + 1) / T
    f = np.cos((steps + s) / (1 + s) * np.pi / 2) ** 2
    return np.clip(1 - f[1:] / f[:-1], 0, 0.999)


@suite.cases
def edge_cases(rng):
    b = linear_betas(10, 0.05, 0.3)
    yield Case("t = 0", "every example at t = 0: alpha_bar = 1 - betas[0] (inclusive product)",
               args=(rng.standard_normal((3, 4)), np.zeros(3, dtype=np.int64),
                     rng.standard_normal((3, 4)), b))
    yield Case("t = T - 1", "every example at the last step",
               args=(rng.standard_normal((3, 4)), np.full(3, 9, dtype=np.int64),
                     rng.standard_normal((3, 4)), b))
    yield Case("single step schedule", "T = 1, N = 1",
               args=(rng.standard_normal((1, 5)), np.array([0]), rng.standard_normal((1, 5)),
                     np.array([0.3])))
    yield Case("one example per step", "T = 6 and t = 0..5 in order",
               args=(rng.standard_normal((6, 3)), np.arange(6), rng.standard_normal((6, 3)),
                     linear_betas(6, 0.1, 0.5)))
    yield Case("zero noise", "eps = 0: x_t = sqrt(alpha_bar) * x0",
               args=(rng.standard_normal((4, 3)), np.array([0, 3, 7, 9]), np.zeros((4, 3)),
                     b))
    yield Case("zero data", "x0 = 0: x_t = sqrt(1 - alpha_bar) * eps",
               args=(np.zeros((4, 3)), np.array([9, 1, 4, 0]), rng.standard_normal((4, 3)), b))
    yield Case("1-D data", "x0 of shape (N,) (one scalar per example)",
               args=(rng.standard_normal(5), np.array([2, 0, 9, 5, 5]), rng.standard_normal(5),
                     b))
    yield Case("square data", "x0 of shape (5, 5): alpha_bar must scale rows (examples), "
               "not columns", args=(rng.standard_normal((5, 5)), np.array([0, 2, 4, 6, 8]),
                                    rng.standard_normal((5, 5)), b))
    yield Case("repeated timesteps", "the same t for several examples, unsorted",
               args=(rng.standard_normal((6, 2)), np.array([3, 3, 0, 3, 9, 0]),
                     rng.standard_normal((6, 2)), b))
    yield Case("int32 timesteps", "t as an int32 array",
               args=(rng.standard_normal((4, 3)), np.array([1, 5, 2, 8], dtype=np.int32),
                     rng.standard_normal((4, 3)), b))


@suite.cases
def realistic(rng):
    b = linear_betas(1000)
    yield Case("images linear schedule", "(8, 3, 4, 4) images, T = 1000 linear schedule",
               args=(rng.uniform(-1, 1, (8, 3, 4, 4)), rng.integers(0, 1000, 8),
                     rng.standard_normal((8, 3, 4, 4)), b))
    yield Case("images cosine schedule", "(6, 1, 5, 7) images, T = 1000 cosine schedule",
               args=(rng.uniform(-1, 1, (6, 1, 5, 7)), rng.integers(0, 1000, 6),
                     rng.standard_normal((6, 1, 5, 7)), cosine_betas(1000)))
    yield Case("end of the chain", "t = 999 with the linear schedule: alpha_bar ~ 4e-5, "
               "x_t is almost pure noise", args=(rng.uniform(-1, 1, (3, 8)),
                                                 np.full(3, 999), rng.standard_normal((3, 8)), b))
    yield Case("sequence latents", "(4, 16, 8) latents, T = 50, random t",
               args=(rng.standard_normal((4, 16, 8)), rng.integers(0, 50, 4),
                     rng.standard_normal((4, 16, 8)), linear_betas(50, 1e-3, 0.2)))
    yield Case("random schedule", "(10, 6) data, T = 30 random betas in (0, 0.2)",
               args=(rng.standard_normal((10, 6)), rng.integers(0, 30, 10),
                     rng.standard_normal((10, 6)), rng.uniform(0.001, 0.2, 30)))
    yield Case("float32 images", "float32 (4, 3, 6, 6) images and noise, float64 betas "
               "(rtol=1e-5, atol=1e-6)",
               args=(rng.uniform(-1, 1, (4, 3, 6, 6)).astype(np.float32), rng.integers(0, 1000, 4),
                     rng.standard_normal((4, 3, 6, 6)).astype(np.float32), b), check=F32)


@suite.perf
def perf(rng):
    return Case("perf", "(64, 3, 64, 64) images, T = 1000",
                args=(rng.uniform(-1, 1, (64, 3, 64, 64)), rng.integers(0, 1000, 64),
                      rng.standard_normal((64, 3, 64, 64)), linear_betas(1000)))
