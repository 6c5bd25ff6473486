"""Hidden suite for `causal_mask`: square, KV-cache offsets, single rows, more queries than keys."""

import numpy as np

from quizcli.suite import Case, Suite, exact

suite = Suite(check=exact())


@suite.cases
def cases(rng):
    yield Case("1 x 1", "Lq = 1, Lk defaulted: [[True]]", args=(1,))
    yield Case("square 5", "Lq = 5, Lk defaulted to 5: lower triangle with diagonal", args=(5,))
    yield Case("square explicit", "Lq = Lk = 7 passed explicitly", args=(7, 7))
    yield Case("Lk keyword", "causal_mask(3, Lk=3)", args=(3,), kwargs={"Lk": 3})
    yield Case("decode step", "Lq = 1, Lk = 9: one new token attends to all 9 keys", args=(1, 9))
    yield Case("prefix offset", "Lq = 3, Lk = 8: the 3 queries are positions 5, 6, 7", args=(3, 8))
    yield Case("offset of one", "Lq = 4, Lk = 5", args=(4, 5))
    yield Case("chunk of 16 after 40", "Lq = 16, Lk = 56 (chunked prefill)", args=(16, 56))
    yield Case("more queries than keys", "Lq = 5, Lk = 3: queries 0 and 1 see no key (fully "
               "False rows)", args=(5, 3))
    yield Case("one key, many queries", "Lq = 4, Lk = 1: only the last row is True", args=(4, 1))
    yield Case("numpy ints", "Lq and Lk given as numpy int64", args=(np.int64(6), np.int64(10)))
    n = int(rng.integers(20, 40))
    yield Case("random square", f"Lq = Lk = {n}", args=(n,))


@suite.perf
def perf(rng):
    return Case("perf", "Lq = 2048, Lk = 4096", args=(2048, 4096))
