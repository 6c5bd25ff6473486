"""Reference solution: token-level cross-entropy averaged over the response tokens only."""

import numpy as np


def sft_masked_loss(logits, targets, loss_mask):
    """Mean cross-entropy over the tokens where loss_mask is True.

    logits: (B, T, V) float; targets: (B, T) int in [0, V); loss_mask: (B, T) bool.
    logits[b, t] already predicts targets[b, t] (no shift). The mean runs over all counted
    tokens of the batch (not per sequence); 0.0 when no token counts. Inputs are not modified.
    """
    logits = np.asarray(logits, dtype=np.float64)
    mask = np.asarray(loss_mask, dtype=bool)
    count = int(mask.sum())
    if count == 0:
        return 0.0
    # Stable log-softmax: log p = z - max - log(sum(exp(z - max))).
    m = np.max(logits, axis=-1, keepdims=True)
    shifted = logits - m
    log_norm = np.log(np.sum(np.exp(shifted), axis=-1))                      # (B, T)
    target_logit = np.take_along_axis(shifted, targets[..., None], axis=-1)[..., 0]
    nll = log_norm - target_logit                                            # (B, T)
    return float(np.sum(nll[mask]) / count)
