# Wrong: merges with str.replace on the space-joined symbols, which also matches across symbol boundaries ('ca b' contains 'a b').
from collections import Counter


def bpe_train_merges(words, num_merges):
    counts = Counter(words) if isinstance(words, list) else Counter(dict(words))
    vocab = {" ".join(w): c for w, c in counts.items()}
    merges = []
    for _ in range(num_merges):
        stats = Counter()
        for seg, c in vocab.items():
            sym = seg.split(" ")
            for p in zip(sym, sym[1:]):
                stats[p] += c
        if not stats:
            break
        a, b = min(stats.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        merges.append([a, b])
        new_vocab = {}
        for seg, c in vocab.items():
            new_seg = seg.replace(a + " " + b, a + b)
            new_vocab[new_seg] = new_vocab.get(new_seg, 0) + c
        vocab = new_vocab
    return merges
