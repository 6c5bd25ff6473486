# Wrong: zeroes the masked NLLs but divides by B*T, so padding positions still count in the mean.
import numpy as np


def perplexity(log_probs, targets, mask=None):
    tok = np.take_along_axis(log_probs, targets[..., None], axis=-1)[..., 0]
    if mask is not None:
        tok = tok * mask
    return float(np.exp(-np.mean(tok)))
