"""Hidden suite for `online_softmax_attention`: equality with standard softmax attention for
any block size (dividing Lk or not, 1, >= Lk) and stability for huge scores."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9))


def qkv(rng, Lq, Lk, d, dv, scale=1.0):
    return (rng.standard_normal((Lq, d)) * scale, rng.standard_normal((Lk, d)) * scale,
            rng.standard_normal((Lk, dv)))


@suite.cases
def block_sizes(rng):
    q, k, v = qkv(rng, 5, 12, 4, 3)
    yield Case("divides Lk", "Lq=5, Lk=12, d=4, dv=3, block_size=4 (3 full blocks)",
               args=(q, k, v, 4))
    q, k, v = qkv(rng, 4, 10, 4, 4)
    yield Case("ragged last block", "Lk=10, block_size=4: the last block has only 2 keys",
               args=(q, k, v, 4))
    q, k, v = qkv(rng, 3, 9, 5, 2)
    yield Case("block size 1", "Lk=9, block_size=1: one key per block", args=(q, k, v, 1))
    q, k, v = qkv(rng, 6, 7, 3, 5)
    yield Case("block equals Lk", "Lk=7, block_size=7: a single block", args=(q, k, v, 7))
    q, k, v = qkv(rng, 4, 6, 3, 3)
    yield Case("block larger than Lk", "Lk=6, block_size=64: a single short block",
               args=(q, k, v, 64))
    q, k, v = qkv(rng, 3, 17, 6, 4)
    yield Case("block Lk-1", "Lk=17, block_size=16: a last block of one key", args=(q, k, v, 16))


@suite.cases
def edge_cases(rng):
    q, k, v = qkv(rng, 1, 1, 1, 1)
    yield Case("single key", "Lq=Lk=d=dv=1: output equals v", args=(q, k, v, 1))
    q, k, v = qkv(rng, 1, 8, 4, 6)
    yield Case("single query", "Lq=1 (a decode step), Lk=8, block_size=3", args=(q, k, v, 3))
    _, k, v = qkv(rng, 4, 9, 4, 3)
    yield Case("zero queries", "q = 0: all scores 0, output is the mean of v over keys",
               args=(np.zeros((4, 4)), k, v, 2))
    q, k, v = qkv(rng, 3, 10, 8, 4, scale=40.0)
    yield Case("large scores", "q, k scaled by 40: scores in the thousands, exp overflows "
               "without a running max", args=(q, k, v, 3))
    q, k, v = qkv(rng, 3, 10, 4, 4)
    k[6] = q.mean(0) * 500
    yield Case("late spike", "one key in the last blocks has a huge score: the early "
               "statistics must be rescaled by exp(m_old - m_new)", args=(q, k, v, 3))
    q = np.full((2, 4), 30.0)
    k = np.full((8, 4), -30.0)
    k[5] = -29.0
    v = rng.standard_normal((8, 3))
    yield Case("all scores very negative", "every score near -1800: exp(score) underflows to "
               "0 unless each row is shifted by its own max", args=(q, k, v, 3))
    q, k, v = qkv(rng, 3, 8, 4, 2)
    k[:] = k[0]
    yield Case("tied keys", "all keys equal: uniform weights, output is the mean of v",
               args=(q, k, v, 3))


@suite.cases
def random(rng):
    for i, (Lq, Lk, d, dv, b) in enumerate([(7, 33, 8, 8, 8), (16, 50, 16, 4, 7),
                                            (2, 100, 32, 16, 25), (12, 64, 4, 12, 13)]):
        q, k, v = qkv(rng, Lq, Lk, d, dv, scale=1.5)
        yield Case(f"random {i + 1}", f"Lq={Lq}, Lk={Lk}, d={d}, dv={dv}, block_size={b}",
                   args=(q, k, v, b))


@suite.perf
def perf(rng):
    q, k, v = qkv(rng, 256, 2048, 64, 64)
    return Case("perf", "Lq=256, Lk=2048, d=dv=64, block_size=128", args=(q, k, v, 128))
