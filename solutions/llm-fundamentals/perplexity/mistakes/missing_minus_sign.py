# Wrong: exp of the mean log-probability (no minus sign) gives 1 / perplexity.
import numpy as np


def perplexity(log_probs, targets, mask=None):
    tok = np.take_along_axis(log_probs, targets[..., None], axis=-1)[..., 0]
    if mask is not None:
        tok = tok[mask]
    return float(np.exp(np.mean(tok)))
