# Wrong gather: np.take(..., axis=-1) pairs every position with every target (shape (B, T, B, T)) instead of take_along_axis.
import numpy as np


def perplexity(log_probs, targets, mask=None):
    tok = np.take(log_probs, targets, axis=-1)
    if mask is not None:
        tok = tok[mask]
    return float(np.exp(-np.mean(tok)))
