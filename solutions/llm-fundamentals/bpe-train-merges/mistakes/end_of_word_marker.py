# Wrong: appends an end-of-word marker "</w>" (Sennrich et al.'s variant), but this problem uses no marker.
from collections import Counter


def bpe_train_merges(words, num_merges):
    counts = Counter(words) if isinstance(words, list) else Counter(dict(words))
    segs = [(list(w) + ["</w>"], c) for w, c in counts.items()]
    merges = []
    for _ in range(num_merges):
        stats = Counter()
        for sym, c in segs:
            for p in zip(sym, sym[1:]):
                stats[p] += c
        if not stats:
            break
        a, b = min(stats.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        merges.append([a, b])
        for sym, _ in segs:
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
