# Wrong: keeps beam_width live hypotheses at every step (finished ones do not free their slot), so it returns a different set.
import numpy as np


def beam_search(log_probs_table, beam_width, max_len, eos):
    table = np.asarray(log_probs_table, dtype=np.float64)
    V = table.shape[-1]
    alive, scores, finished = [[]], np.zeros(1), []
    for t in range(max_len):
        if not alive:
            break
        prev = np.array([h[-1] if h else eos for h in alive])
        cand = scores[:, None] + table[t, prev, :]
        items = sorted(((-cand[i, v], alive[i] + [v]) for i in range(len(alive)) for v in range(V)))
        new_alive, new_scores = [], []
        for neg, toks in items:
            if toks[-1] == eos:
                if len(finished) < beam_width:
                    finished.append((toks, -neg))
                continue
            if len(new_alive) < beam_width:
                new_alive.append(toks)
                new_scores.append(-neg)
        alive, scores = new_alive, np.array(new_scores)
    finished += list(zip(alive, scores.tolist()))
    finished.sort(key=lambda hs: (-hs[1], hs[0]))
    finished = finished[:beam_width]
    return [h for h, _ in finished], np.array([s for _, s in finished])
