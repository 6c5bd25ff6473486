# Wrong: averages per sequence first, then over sequences (short responses get the weight of long ones).
import numpy as np


def sft_masked_loss(logits, targets, loss_mask):
    m = logits.max(axis=-1, keepdims=True)
    logp = logits - m - np.log(np.exp(logits - m).sum(axis=-1, keepdims=True))
    nll = -np.take_along_axis(logp, targets[..., None], axis=-1)[..., 0]
    counts = loss_mask.sum(axis=1)
    keep = counts > 0
    if not keep.any():
        return 0.0
    per_seq = (nll * loss_mask).sum(axis=1)[keep] / counts[keep]
    return float(per_seq.mean())
