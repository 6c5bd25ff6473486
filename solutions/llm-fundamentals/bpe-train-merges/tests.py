"""Hidden suite for `bpe_train_merges`: weighting, tie rule, overlaps, early stop, random corpora."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

# Merges are lists of [str, str]: compared item by item, strings with ==.
suite = Suite(check=allclose())


def _corpus(rng, n_words, alphabet, max_len, as_dict=True, zipf=1.6):
    letters = list(alphabet)
    p = rng.dirichlet(np.ones(len(letters)) * 0.7)
    words = {}
    for _ in range(n_words):
        n = int(rng.integers(1, max_len + 1))
        w = "".join(rng.choice(letters, n, p=p))
        words[w] = words.get(w, 0) + int(rng.zipf(zipf) % 500 + 1)
    if as_dict:
        return words
    out = []
    for w, c in words.items():
        out.extend([w] * min(c, 5))
    order = rng.permutation(len(out))
    return [out[i] for i in order]


@suite.cases
def edge_cases(rng):
    yield Case("sennrich corpus", "dict {low: 5, lower: 2, newest: 6, widest: 3}, 10 merges",
               args=({"low": 5, "lower": 2, "newest": 6, "widest": 3}, 10))
    yield Case("zero merges", "num_merges = 0 returns an empty list",
               args=({"hello": 3, "world": 2}, 0))
    yield Case("single characters", "every word has one character: no pair exists, []",
               args=(["a", "b", "a", "c"], 5))
    yield Case("early stop", "'ab' x3 and 'b' with 6 merges: only one merge is possible",
               args=(["ab", "ab", "ab", "b"], 6))
    yield Case("overlapping pair", "{'aaaa': 1, 'aaa': 1}: overlapping (a, a) counts twice in "
               "'aaa'; merges are applied left to right without overlap",
               args=({"aaaa": 1, "aaa": 1}, 4))
    yield Case("all ties", "four words seen once each: every pair ties, the smallest pair wins",
               args=(["dcba", "cbad", "badc", "adcb"], 6))
    yield Case("weighted by count", "one frequent word beats many rare pairs: counts must "
               "weight the pairs", args=({"xy": 10, "ab": 3, "abz": 3, "zab": 3}, 3))
    yield Case("list with repeats", "a list of str: repeated words count once per occurrence",
               args=(["ab", "cd", "cd", "ab", "cd", "abcd"], 4))
    yield Case("symbol boundaries", "merged symbols must not be matched across their "
               "boundary (e.g. 'ca'+'b' is not the pair ('a', 'b'))",
               args=({"cab": 4, "ca": 6, "ab": 5, "xab": 1}, 4))
    yield Case("chinese characters", "words of CJK characters (one code point per symbol)",
               args=({"机器学习": 4, "深度学习": 5, "学习率": 3, "机器翻译": 2, "学习": 6}, 6))


@suite.cases
def random_cases(rng):
    yield Case("random small dict", "60 random words over 'abcde', 12 merges",
               args=(_corpus(rng, 60, "abcde", 6), 12))
    yield Case("random list", "a list of ~150 word occurrences over 'abcdefg', 20 merges",
               args=(_corpus(rng, 60, "abcdefg", 7, as_dict=False), 20))
    yield Case("random many merges", "200 words over 6 letters, 80 merges (runs until long "
               "symbols form, possibly stopping early)", args=(_corpus(rng, 200, "abcdef", 8), 80))
    yield Case("random binary alphabet", "100 words over 'ab' (many overlaps and ties), 25 merges",
               args=(_corpus(rng, 100, "ab", 9), 25))


@suite.perf
def perf(rng):
    return Case("perf", "about 800 distinct words over 26 letters, 15 merges",
                args=(_corpus(rng, 800, "abcdefghijklmnopqrstuvwxyz", 10), 15))
