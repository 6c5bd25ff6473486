"""Hidden suite for `warmup_cosine_lr`: boundaries, no warmup, all warmup, past the end, arrays."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-15))


def _steps(*values):
    return np.array(values, dtype=np.int64)


@suite.cases
def scalars(rng):
    kw = {"base_lr": 0.1, "warmup_steps": 10, "total_steps": 110, "min_lr": 0.001}
    for step, what in [(0, "the first step: warmup starts at 0"),
                       (3, "inside the warmup"),
                       (9, "the last warmup step: 0.9 * base_lr"),
                       (10, "the end of warmup: exactly base_lr"),
                       (60, "half-way through the cosine: (base_lr + min_lr) / 2"),
                       (110, "step == total_steps: min_lr"),
                       (500, "long after total_steps: min_lr")]:
        yield Case(f"int step {step}", f"step = {step} (a Python int) with warmup 10, total 110, "
                   f"min_lr 0.001: {what}", args=(step,), kwargs=kw)


@suite.cases
def arrays(rng):
    yield Case("full schedule", "steps 0..129 (past total_steps = 120), warmup 20, "
               "min_lr = 1e-5", args=(np.arange(130), 3e-4, 20, 120), kwargs={"min_lr": 1e-5})
    yield Case("no warmup", "warmup_steps = 0: the cosine starts at base_lr at step 0",
               args=(np.arange(60), 1.0, 0, 50))
    yield Case("all warmup", "warmup_steps == total_steps = 16: linear ramp, then min_lr from "
               "step 16 on", args=(np.arange(25), 0.5, 16, 16), kwargs={"min_lr": 0.05})
    yield Case("warmup 1", "warmup_steps = 1: step 0 gives 0, step 1 gives base_lr",
               args=(np.arange(12), 2.0, 1, 10))
    yield Case("total 1", "total_steps = 1, no warmup: base_lr at step 0, min_lr afterwards",
               args=(np.arange(4), 0.1, 0, 1), kwargs={"min_lr": 0.01})
    yield Case("min_lr positional", "min_lr = 0.02 passed positionally, steps 0..40",
               args=(np.arange(41), 0.2, 5, 35, 0.02))
    yield Case("min_lr equals base_lr", "min_lr == base_lr: constant base_lr after the warmup",
               args=(np.arange(30), 0.01, 8, 25), kwargs={"min_lr": 0.01})
    yield Case("2-D steps", "a (4, 6) array of steps in random order: same shape out",
               args=(rng.integers(0, 130, (4, 6)), 1e-3, 12, 100), kwargs={"min_lr": 1e-4})
    yield Case("single step array", "a (1,) array [7]: returns a (1,) array, not a float",
               args=(_steps(7), 0.1, 10, 100))
    yield Case("empty", "an empty (0,) array of steps: an empty float array",
               args=(np.zeros(0, dtype=np.int64), 0.1, 10, 100))
    yield Case("long run", "500 random steps up to 1.2e6 with warmup 2000 and total 1e6",
               args=(rng.integers(0, 1_200_000, 500), 6e-4, 2000, 1_000_000),
               kwargs={"min_lr": 6e-5})
    yield Case("boundaries", "steps around the warmup end and the total end: 99..101, "
               "999..1001", args=(_steps(0, 1, 99, 100, 101, 999, 1000, 1001), 1.0, 100, 1000),
               kwargs={"min_lr": 0.1})


@suite.perf
def perf(rng):
    return Case("perf", "1,000,000 random steps", args=(rng.integers(0, 120_000, 1_000_000),
                                                        3e-4, 2000, 100_000),
                kwargs={"min_lr": 3e-5})
