"""Reference solution: beam search over a position-dependent first-order Markov model."""

import numpy as np


def beam_search(log_probs_table, beam_width, max_len, eos):
    """Beam search with a shrinking beam (a finished hypothesis takes its slot out of the beam).

    log_probs_table: (T, V, V) float, T >= max_len; [t, prev, nxt] is the log-probability of
    token `nxt` at position t after token `prev`; the token before position 0 is `eos`.
    Returns (sequences, scores): all finished hypotheses (lists of ints, including the final eos
    if one was generated) and their float64 total log-probabilities, sorted by score descending,
    ties by the lexicographically smaller sequence.
    """
    table = np.asarray(log_probs_table, dtype=np.float64)
    V = table.shape[-1]
    alive = [[]]                       # token lists, all of length t at step t
    alive_scores = np.zeros(1)
    finished = []                      # (tokens, score)
    for t in range(max_len):
        width = beam_width - len(finished)
        if width <= 0 or not alive:
            break
        prev = np.array([h[-1] if h else eos for h in alive])
        cand = alive_scores[:, None] + table[t, prev, :]          # (n_alive, V)
        # Tie rule: lexicographically smaller token list first. All candidates have length t+1,
        # so compare the parent hypotheses (their lexicographic rank) and then the new token.
        lex_rank = np.empty(len(alive), dtype=np.int64)
        lex_rank[sorted(range(len(alive)), key=lambda i: alive[i])] = np.arange(len(alive))
        parent = np.repeat(np.arange(len(alive)), V)
        token = np.tile(np.arange(V), len(alive))
        flat = cand.ravel()
        order = np.lexsort((token, lex_rank[parent], -flat))[:width]
        new_alive, new_scores = [], []
        for j in order:
            tokens = alive[parent[j]] + [int(token[j])]
            if token[j] == eos:
                finished.append((tokens, float(flat[j])))
            else:
                new_alive.append(tokens)
                new_scores.append(flat[j])
        alive, alive_scores = new_alive, np.array(new_scores)
    finished.extend(zip(alive, (float(s) for s in alive_scores), strict=True))  # hit max_len without eos
    finished.sort(key=lambda hs: (-hs[1], hs[0]))
    return [h for h, _ in finished], np.array([s for _, s in finished], dtype=np.float64)
