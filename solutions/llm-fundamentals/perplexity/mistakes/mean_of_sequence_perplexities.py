# Wrong: averages per-sequence perplexities instead of exponentiating the token-level mean NLL.
import numpy as np


def perplexity(log_probs, targets, mask=None):
    tok = np.take_along_axis(log_probs, targets[..., None], axis=-1)[..., 0]
    m = np.ones(targets.shape, dtype=bool) if mask is None else mask
    seq_nll = -np.sum(tok * m, axis=1) / np.sum(m, axis=1)
    return float(np.mean(np.exp(seq_nll)))
