"""Hidden suite for `rmsnorm_forward`: last-axis RMS for any rank, eps placement, scales."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9))

F32 = allclose(rtol=1e-4, atol=1e-5)


def weight(rng, d):
    return 1.0 + 0.5 * rng.standard_normal(d)


@suite.cases
def edge_cases(rng):
    yield Case("1-D input", "a single vector of shape (6,)",
               args=(rng.standard_normal(6) * 2, weight(rng, 6)))
    yield Case("D = 1", "a (5, 1) input: each output is about sign(x) * gamma",
               args=(rng.standard_normal((5, 1)) * 3, weight(rng, 1)))
    yield Case("all zeros", "x = 0: the output is 0 (eps keeps it finite)",
               args=(np.zeros((3, 4)), weight(rng, 4)))
    x = rng.standard_normal((4, 5))
    x[2] = 0.0
    yield Case("zero row", "row 2 is all zeros", args=(x, weight(rng, 5)))
    yield Case("tiny values", "a (4, 8) input at scale 1e-3: mean(x^2) ~ 1e-6 is comparable "
               "to eps, so eps must sit inside the square root",
               args=(1e-3 * rng.standard_normal((4, 8)), weight(rng, 8)))
    yield Case("large values", "a (3, 10) input at scale 1e4",
               args=(1e4 * rng.standard_normal((3, 10)), weight(rng, 10)))
    x = rng.standard_normal((3, 6)) * np.array([[1e-2], [1.0], [1e3]])
    yield Case("rows at different scales", "row scales 1e-2, 1, 1e3: each row uses its own RMS",
               args=(x, weight(rng, 6)))
    yield Case("offset rows", "a (4, 7) input shifted by +5: RMSNorm does not subtract the mean",
               args=(rng.standard_normal((4, 7)) + 5.0, weight(rng, 7)))
    yield Case("square", "a (5, 5) input (a reduction without keepdims broadcasts the wrong "
               "way silently here)", args=(rng.standard_normal((5, 5)) * 2, weight(rng, 5)))
    yield Case("negative gamma", "gamma with negative and zero entries",
               args=(rng.standard_normal((3, 4)), np.array([-1.5, 0.0, 2.0, -0.3])))


@suite.cases
def ranks(rng):
    yield Case("3-D (B, T, D)", "a (2, 5, 8) input: one RMS per (b, t)",
               args=(rng.standard_normal((2, 5, 8)) * 2, weight(rng, 8)))
    yield Case("4-D", "a (2, 3, 4, 6) input",
               args=(rng.standard_normal((2, 3, 4, 6)) * 3, weight(rng, 6)))
    yield Case("eps keyword", "a (3, 4, 5) input at scale 0.1 with eps = 0.01 by keyword",
               args=(0.1 * rng.standard_normal((3, 4, 5)), weight(rng, 5)), kwargs={"eps": 1e-2})
    yield Case("eps positional", "a (4, 6) input with eps = 1e-5 passed positionally",
               args=(rng.standard_normal((4, 6)), weight(rng, 6), 1e-5))


@suite.cases
def random(rng):
    for i, shape in enumerate([(16, 32), (4, 10, 64), (2, 2, 3, 50), (64, 3)]):
        scale = rng.uniform(0.5, 5.0)
        yield Case(f"random {i + 1}", f"a {shape} input scaled by {scale:.2f}",
                   args=(rng.standard_normal(shape) * scale + 0.3 * rng.standard_normal(),
                         weight(rng, shape[-1])))
    yield Case("float32", "float32 inputs, x of shape (3, 4, 16) (float32 or float64 output "
               "accepted; rtol=1e-4, atol=1e-5)",
               args=((rng.standard_normal((3, 4, 16)) * 3).astype(np.float32),
                     weight(rng, 16).astype(np.float32)), check=F32)


@suite.perf
def perf(rng):
    return Case("perf", "a (16, 128, 512) input",
                args=(rng.standard_normal((16, 128, 512)) * 2, weight(rng, 512)))
