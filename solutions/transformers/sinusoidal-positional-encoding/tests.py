"""Hidden suite for `sinusoidal_positional_encoding`: formula, interleaving, odd d, long sequences."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9, strict_dtype=True))


@suite.cases
def cases(rng):
    yield Case("one position", "L = 1, d = 4: position 0 is [0, 1, 0, 1]", args=(1, 4))
    yield Case("d = 2", "L = 5, d = 2: sin(pos), cos(pos)", args=(5, 2))
    yield Case("d = 1", "L = 4, d = 1 (odd): a single sin column with frequency 1", args=(4, 1))
    yield Case("odd d = 5", "L = 6, d = 5: the last column is sin with exponent 4/5", args=(6, 5))
    yield Case("odd d = 7", "L = 3, d = 7", args=(3, 7))
    yield Case("small", "L = 4, d = 6", args=(4, 6))
    yield Case("base model size", "L = 50, d = 512 (the Transformer-base width)", args=(50, 512))
    yield Case("long sequence", "L = 10000, d = 16: angles up to 1e4 radians", args=(10000, 16))
    yield Case("keyword args", "L=8, d=10 passed by keyword", kwargs={"L": 8, "d": 10})
    yield Case("numpy ints", "L, d as numpy int64 (12, 20)", args=(np.int64(12), np.int64(20)))
    L, d = int(rng.integers(30, 60)), int(rng.integers(10, 40))
    yield Case("random size", f"L = {L}, d = {d}", args=(L, d))


@suite.perf
def perf(rng):
    return Case("perf", "L = 1024, d = 512", args=(1024, 512))
