# Wrong: no guard for an empty mask, so 0 / 0 returns nan instead of 0.0.
import numpy as np


def sft_masked_loss(logits, targets, loss_mask):
    m = logits.max(axis=-1, keepdims=True)
    logp = logits - m - np.log(np.exp(logits - m).sum(axis=-1, keepdims=True))
    nll = -np.take_along_axis(logp, targets[..., None], axis=-1)[..., 0]
    with np.errstate(invalid="ignore"):
        return float((nll * loss_mask).sum() / loss_mask.sum())
