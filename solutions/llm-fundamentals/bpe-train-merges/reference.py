"""Reference solution: train byte-pair-encoding merges on a word-frequency table."""

from collections import Counter


def bpe_train_merges(words, num_merges):
    """Learn up to `num_merges` BPE merges; returns a list of [a, b] pairs in merge order.

    words: a list of str (each occurrence counts 1) or a dict word -> count.
    Words start as sequences of single characters; there is no end-of-word marker.
    """
    counts = Counter(words) if isinstance(words, list) else Counter(dict(words))
    # Work on distinct words only: a word seen 1000 times is segmented once, weighted by 1000.
    segs = [(list(w), c) for w, c in counts.items() if c > 0 and len(w) > 0]
    merges = []
    for _ in range(num_merges):
        # Weighted count of every adjacent pair (overlapping positions all count: "aaa" has
        # the pair (a, a) twice).
        stats = Counter()
        for sym, c in segs:
            for p in zip(sym, sym[1:], strict=False):
                stats[p] += c
        if not stats:
            break  # every word is a single symbol: nothing left to merge
        # Most frequent pair; ties -> lexicographically smallest (a, b) as a tuple of str.
        a, b = min(stats.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        merges.append([a, b])
        ab = a + b
        for sym, _ in segs:
            if len(sym) < 2:
                continue
            # Replace non-overlapping occurrences left to right, in place in our own list.
            out, i, n = [], 0, len(sym)
            while i < n:
                if i + 1 < n and sym[i] == a and sym[i + 1] == b:
                    out.append(ab)
                    i += 2
                else:
                    out.append(sym[i])
                    i += 1
            sym[:] = out
    return merges
