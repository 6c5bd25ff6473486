# Wrong: shifts logits and targets by one position for next-token prediction although they are already aligned.
import numpy as np


def sft_masked_loss(logits, targets, loss_mask):
    logits, targets, mask = logits[:, :-1], targets[:, 1:], loss_mask[:, 1:]
    count = mask.sum()
    if count == 0:
        return 0.0
    m = logits.max(axis=-1, keepdims=True)
    logp = logits - m - np.log(np.exp(logits - m).sum(axis=-1, keepdims=True))
    nll = -np.take_along_axis(logp, targets[..., None], axis=-1)[..., 0]
    return float((nll * mask).sum() / count)
