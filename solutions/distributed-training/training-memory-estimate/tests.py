"""Hidden suite for `training_memory_estimate`: byte counts per GPU, compared exactly."""

import numpy as np

from quizcli.suite import Case, Suite, custom, exact

KEYS = ("weights", "grads", "optimizer", "total")


def integers(got, case):
    if not isinstance(got, dict):
        return None  # the exact check reports the type
    for k in KEYS:
        v = got.get(k)
        if isinstance(v, bool | np.bool_) or not isinstance(v, int | np.integer):
            return (f"output[{k!r}]: byte counts must be integers (Python int or NumPy integer), "
                    f"got {type(v).__name__} {v!r}")
    return None


_EXACT = exact(strict_dtype=False)


def exact_integers(got, case, expected):
    # one custom check (not `exact & invariant`) so that the expected value stays the plain
    # reference dict, which the public examples' `expected` is compared with.
    return _EXACT.compare(expected, got, case) or integers(got, case)


suite = Suite(check=custom(exact_integers),
              no_perf_reason="closed-form arithmetic on a few integers: nothing to time")


def case(name, desc, n, **kw):
    return Case(name, desc, args=(n,), kwargs=kw)


@suite.cases
def paper(rng):
    for z, gb in [(0, "120"), (1, "31.4"), (2, "16.6"), (3, "1.9")]:
        yield case(f"ZeRO paper stage {z}", f"7.5B params, mixed-precision Adam, ZeRO-{z}, 64 GPUs "
                   f"(about {gb} GB per GPU, Rajbhandari et al. figure 1)",
                   7_500_000_000, zero_stage=z, n_gpus=64)


@suite.cases
def defaults(rng):
    yield case("defaults", "1e9 params, all defaults (mixed Adam, no ZeRO, 1 GPU): 16 bytes/param",
               1_000_000_000)
    yield case("one parameter", "n_params=1, defaults", 1)
    yield case("stage 3 on one GPU", "ZeRO-3 with n_gpus=1 shards nothing", 1000, zero_stage=3)
    yield case("no ZeRO many GPUs", "stage 0 on 8 GPUs: plain data parallelism replicates all",
               7_000_000_000, n_gpus=8)


@suite.cases
def variants(rng):
    for opt in ("adam", "momentum", "sgd"):
        for prec in ("mixed", "fp32"):
            yield case(f"{opt} {prec}", f"1000 params, optimizer={opt!r}, precision={prec!r}, "
                       "no ZeRO", 1000, optimizer=opt, precision=prec)
    yield case("fp32 adam ZeRO-1", "fp32 Adam, 1000 params, ZeRO-1 on 4 GPUs", 1000,
               optimizer="adam", precision="fp32", zero_stage=1, n_gpus=4)
    yield case("momentum ZeRO-2", "mixed momentum, 6e6 params, ZeRO-2 on 16 GPUs", 6_000_000,
               optimizer="momentum", zero_stage=2, n_gpus=16)
    yield case("fp32 sgd ZeRO-3", "fp32 plain SGD, ZeRO-3 on 8 GPUs (no optimiser state)", 800,
               optimizer="sgd", precision="fp32", zero_stage=3, n_gpus=8)


@suite.cases
def uneven(rng):
    yield case("uneven ZeRO-1", "10 params on 4 GPUs: each shard holds ceil(10/4) = 3 params",
               10, zero_stage=1, n_gpus=4)
    yield case("uneven ZeRO-2", "1001 params on 8 GPUs, ZeRO-2", 1001, zero_stage=2, n_gpus=8)
    yield case("uneven ZeRO-3", "7 params on 3 GPUs, ZeRO-3, fp32 momentum", 7,
               optimizer="momentum", precision="fp32", zero_stage=3, n_gpus=3)
    yield case("more GPUs than params", "5 params on 8 GPUs, ZeRO-3: one (padded) param each",
               5, zero_stage=3, n_gpus=8)
    yield case("GPT-3 ZeRO-3", "175e9 + 1 params, ZeRO-3 on 1024 GPUs", 175_000_000_001,
               zero_stage=3, n_gpus=1024)
