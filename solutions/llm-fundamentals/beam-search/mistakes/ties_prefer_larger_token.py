# Wrong tie rule: reversing an ascending argsort prefers the later candidate (larger token) among equal scores.
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
        flat = (scores[:, None] + table[t, prev, :]).ravel()
        order = np.argsort(flat, kind="stable")[::-1][:width]
        new_alive, new_scores = [], []
        for j in order:
            toks = alive[j // V] + [int(j % V)]
            if j % V == eos:
                finished.append((toks, float(flat[j])))
            else:
                new_alive.append(toks)
                new_scores.append(flat[j])
        alive, scores = new_alive, np.array(new_scores)
    finished += list(zip(alive, scores.tolist()))
    finished.sort(key=lambda hs: -hs[1])
    return [h for h, _ in finished], np.array([s for _, s in finished])
