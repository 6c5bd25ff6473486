# Wrong: counts each pair once per distinct word, ignoring how often the word occurs.
from collections import Counter


def bpe_train_merges(words, num_merges):
    distinct = sorted(set(words) if isinstance(words, list) else set(words.keys()))
    segs = [list(w) for w in distinct]
    merges = []
    for _ in range(num_merges):
        stats = Counter()
        for sym in segs:
            for p in zip(sym, sym[1:]):
                stats[p] += 1
        if not stats:
            break
        a, b = min(stats.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        merges.append([a, b])
        for sym in segs:
            out, i = [], 0
            while i < len(sym):
                if i + 1 < len(sym) and sym[i] == a and sym[i + 1] == b:
                    out.append(a + b)
                    i += 2
                else:
                    out.append(sym[i])
                    i += 1
            sym[:] = out
    return merges
