# Wrong: zeroes the prompt tokens' losses but divides by all B*T tokens instead of the counted ones.
import numpy as np


def sft_masked_loss(logits, targets, loss_mask):
    m = logits.max(axis=-1, keepdims=True)
    logp = logits - m - np.log(np.exp(logits - m).sum(axis=-1, keepdims=True))
    nll = -np.take_along_axis(logp, targets[..., None], axis=-1)[..., 0]
    return float(np.mean(nll * loss_mask))
