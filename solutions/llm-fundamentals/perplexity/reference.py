"""Reference solution: perplexity of a language model over the counted (unmasked) tokens."""

import numpy as np


def perplexity(log_probs, targets, mask=None):
    """exp(mean negative log-likelihood of the target tokens over the positions where mask is True).

    log_probs: (B, T, V) log-softmax outputs; targets: (B, T) ints in [0, V);
    mask: (B, T) bool or None (all positions count). Returns a float.
    """
    lp = np.asarray(log_probs, dtype=np.float64)
    # Gather log p(target) at every position: (B, T).
    tok_lp = np.take_along_axis(lp, np.asarray(targets)[..., None], axis=-1)[..., 0]
    if mask is None:
        nll = -np.mean(tok_lp)
    else:
        m = np.asarray(mask, dtype=bool)
        # Mean over counted tokens (a token-level mean, not a mean of per-sequence means).
        nll = -np.sum(tok_lp[m]) / np.count_nonzero(m)
    return float(np.exp(nll))
