# Wrong: log(sum(exp(logits))) without the max shift overflows to inf for large logits.
import numpy as np


def sft_masked_loss(logits, targets, loss_mask):
    count = loss_mask.sum()
    if count == 0:
        return 0.0
    log_norm = np.log(np.exp(logits).sum(axis=-1))
    target_logit = np.take_along_axis(logits, targets[..., None], axis=-1)[..., 0]
    return float(((log_norm - target_logit) * loss_mask).sum() / count)
