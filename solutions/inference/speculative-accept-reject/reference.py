"""Reference solution: the accept/reject step of speculative sampling, made deterministic by
passing the uniform draws in."""

import numpy as np


def _inverse_cdf(probs, u):
    """Smallest index j with cumsum(probs)[j] > u (probs already normalised)."""
    cdf = np.cumsum(probs)
    j = int(np.searchsorted(cdf, u, side="right"))
    if j >= probs.shape[0]:                  # u >= cdf[-1] only through rounding
        j = int(np.flatnonzero(probs > 0)[-1])
    return j


def speculative_accept_reject(p_target, q_draft, draft_tokens, uniforms, resample_uniform):
    """Tokens emitted by one round of speculative sampling.

    p_target: (K+1, V) target probabilities; q_draft: (K, V) draft probabilities;
    draft_tokens: (K,) ints; uniforms: (K,) in [0, 1); resample_uniform: float in [0, 1).
    Returns a 1-D int64 array of length 1..K+1.
    """
    draft_tokens = np.asarray(draft_tokens, dtype=np.int64)
    K = draft_tokens.shape[0]
    rows = np.arange(K)
    p_x = p_target[rows, draft_tokens]
    q_x = q_draft[rows, draft_tokens]
    accept = np.asarray(uniforms) < np.minimum(1.0, p_x / q_x)
    n_ok = K if accept.all() else int(np.argmin(accept))      # index of the first rejection
    if n_ok == K:                                              # all accepted: bonus from p[K]
        extra = _inverse_cdf(p_target[K], resample_uniform)
    else:                                                      # resample from (p - q)+
        resid = np.maximum(p_target[n_ok] - q_draft[n_ok], 0.0)
        extra = _inverse_cdf(resid / resid.sum(), resample_uniform)
    return np.append(draft_tokens[:n_ok], extra).astype(np.int64)
