# Wrong: hypotheses that produced eos stay in the beam and keep being extended past eos.
import numpy as np


def beam_search(log_probs_table, beam_width, max_len, eos):
    table = np.asarray(log_probs_table, dtype=np.float64)
    V = table.shape[-1]
    alive, scores = [[]], np.zeros(1)
    for t in range(max_len):
        prev = np.array([h[-1] if h else eos for h in alive])
        cand = scores[:, None] + table[t, prev, :]
        items = sorted((-cand[i, v], alive[i] + [v]) for i in range(len(alive)) for v in range(V))
        items = items[:beam_width]
        alive = [toks for _, toks in items]
        scores = np.array([-neg for neg, _ in items])
    return alive, scores
