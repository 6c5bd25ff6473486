"""Hidden suite for `cost_per_million_tokens`: USD per 1M input, output and blended tokens for
scalars and broadcast arrays, zero-throughput / zero-utilisation infinities, the zero-weight rule
of the blend, int32 / float32 inputs and extreme magnitudes."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

# Every output is compared with rtol=1e-9, atol=0 (inf must match inf, NaN is never accepted);
# array outputs must be float64 of the full broadcast shape of all five arguments.
suite = Suite(check=allclose(rtol=1e-9, atol=0.0, strict_dtype=True),
              outputs=("input_cost", "output_cost", "blended_cost"))


@suite.cases
def scalars(rng):
    yield Case("h100 scalar", "$2/GPU-hour, 20000 input tok/s, 2000 output tok/s, 3:1 "
               "input:output mix, utilisation left at its default 1.0",
               args=(2.0, 20000.0, 2000.0, 0.75))
    yield Case("python ints", "every argument a Python int: $3/hour, 10000 and 1000 tok/s, "
               "input_fraction 1, utilization 1 (true division, not //)",
               args=(3, 10000, 1000, 1, 1))
    yield Case("utilization keyword", "$4.5/hour, 12000 / 1500 tok/s, 80% input tokens, "
               "utilization=0.35 passed by keyword", args=(4.5, 12000.0, 1500.0, 0.8),
               kwargs={"utilization": 0.35})
    yield Case("scalar zero throughput", "output throughput 0 with a 50/50 mix: output and "
               "blended cost are inf", args=(2.0, 30000.0, 0.0, 0.5, 0.6))


@suite.cases
def broadcasting(rng):
    price = np.array([[1.2], [2.5], [8.0]])
    tin = np.array([[5000.0, 20000.0, 60000.0, 150000.0]])
    yield Case("price x throughput grid", "gpu_hour_price (3, 1) x input tok/s (1, 4) with "
               "scalar output tok/s, mix and utilisation: every output (3, 4)",
               args=(price, tin, 1800.0, 0.7, 0.55))
    yield Case("fraction sweep", "only input_fraction is an array (11,): input_cost and "
               "output_cost must still have shape (11,)",
               args=(2.0, 25000.0, 2500.0, np.linspace(0.0, 1.0, 11), 0.5))
    yield Case("utilization sweep", "only utilization is an array (6,), passed positionally",
               args=(3.0, 8000.0, 900.0, 0.6, np.array([1.0, 0.9, 0.6, 0.3, 0.1, 0.01])))
    yield Case("size-1 axes", "shapes (1, 1), (1,), scalar, (1, 1, 1), (1,): outputs (1, 1, 1)",
               args=(np.array([[2.0]]), np.array([1e4]), 1e3, np.array([[[0.25]]]),
                     np.array([0.8])))
    shapes = [(2, 1, 4), (3, 1), (1, 3, 4), (4,), (2, 3, 1)]
    lows_highs = [(0.5, 12.0), (1e3, 2e5), (50.0, 2e4), (0.0, 1.0), (0.05, 1.0)]
    args = tuple(rng.uniform(lo, hi, s) for s, (lo, hi) in zip(shapes, lows_highs, strict=True))
    yield Case("random 3-D broadcast", "five random arrays of shapes (2,1,4), (3,1), (1,3,4), "
               "(4,), (2,3,1) broadcast to (2, 3, 4)", args=args)
    yield Case("empty", "input tok/s of shape (0,) with scalars elsewhere: three empty "
               "float64 arrays of shape (0,)", args=(2.0, np.zeros(0), 1000.0, 0.5, 1.0))


@suite.cases
def infinities(rng):
    tin = np.array([0.0, 0.0, 0.0, 5000.0, 5000.0, 5000.0, 0.0])
    tout = np.array([800.0, 800.0, 800.0, 0.0, 0.0, 0.0, 0.0])
    frac = np.array([0.0, 0.5, 1.0, 0.0, 0.5, 1.0, 0.3])
    yield Case("zero throughput and weights", "zero input or output throughput with mixes 0, "
               "0.5 and 1: inf where a token kind with non-zero weight is unservable, never NaN",
               args=(2.0, tin, tout, frac, 0.7))
    yield Case("zero utilization", "utilization array with zeros: every cost of those "
               "configurations is inf",
               args=(np.array([1.0, 2.0, 3.0, 4.0]), 12000.0, 1500.0,
                     np.array([0.5, 1.0, 0.0, 0.75]), np.array([0.0, 0.0, 0.0, 0.5])))


@suite.cases
def dtypes_and_magnitudes(rng):
    price = np.array([2, 40, 900, 4000], dtype=np.int32)
    tin = np.array([20_000, 400_000, 2_500_000, 9_000_000], dtype=np.int32)
    tout = np.array([2_000, 50_000, 700_000, 1_600_000], dtype=np.int32)
    yield Case("int32 clusters", "int32 prices and cluster-wide throughputs up to 9e6 tok/s "
               "(x 3600 overflows int32): float64 results", args=(price, tin, tout, 0.75, 1))
    yield Case("float32 inputs", "float32 arrays (50,): results must be float64 and accurate "
               "to 1e-9 relative",
               args=(rng.uniform(0.5, 10.0, 50).astype(np.float32),
                     rng.uniform(1e3, 1e5, 50).astype(np.float32),
                     rng.uniform(1e2, 1e4, 50).astype(np.float32),
                     rng.uniform(0.0, 1.0, 50).astype(np.float32),
                     rng.uniform(0.1, 1.0, 50).astype(np.float32)))
    n = 40
    yield Case("extreme magnitudes", "prices 1e-3..1e5 $/hour and throughputs 1e-2..1e9 tok/s "
               "(log-uniform), utilisation down to 1e-4",
               args=(10 ** rng.uniform(-3, 5, n), 10 ** rng.uniform(-2, 9, n),
                     10 ** rng.uniform(-2, 9, n), rng.uniform(0.0, 1.0, n),
                     10 ** rng.uniform(-4, 0, n)))
    yield Case("random integer arrays", "int64 prices and throughputs (30,), float mixes",
               args=(rng.integers(1, 20, 30), rng.integers(500, 200_000, 30),
                     rng.integers(50, 20_000, 30), rng.uniform(0.0, 1.0, 30),
                     rng.uniform(0.2, 1.0, 30)))


@suite.perf
def perf(rng):
    n = 250_000
    return Case("perf", f"{n} configurations: five float64 arrays of length {n}",
                args=(rng.uniform(0.5, 12.0, n), rng.uniform(1e3, 2e5, n),
                      rng.uniform(50.0, 2e4, n), rng.uniform(0.0, 1.0, n),
                      rng.uniform(0.05, 1.0, n)))
