# Wrong: ranks hypotheses by average log-prob per token (a length penalty the problem does not use).
import numpy as np


def beam_search(log_probs_table, beam_width, max_len, eos):
    table = np.asarray(log_probs_table, dtype=np.float64)
    V = table.shape[-1]
    alive, scores, finished = [[]], np.zeros(1), []
    for t in range(max_len):
        width = beam_width - len(finished)
        if width <= 0 or not alive:
            break
        prev = np.array([h[-1] if h else eos for h in alive])
        cand = scores[:, None] + table[t, prev, :]
        items = sorted((-cand[i, v], alive[i] + [v]) for i in range(len(alive)) for v in range(V))[:width]
        alive, new_scores = [], []
        for neg, toks in items:
            if toks[-1] == eos:
                finished.append((toks, -neg))
            else:
                alive.append(toks)
                new_scores.append(-neg)
        scores = np.array(new_scores)
    finished += list(zip(alive, scores.tolist()))
    finished.sort(key=lambda hs: (-hs[1] / len(hs[0]), hs[0]))
    return [h for h, _ in finished], np.array([s for _, s in finished])
