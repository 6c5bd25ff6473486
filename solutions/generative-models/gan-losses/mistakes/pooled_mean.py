# Wrong: averages the BCE over the concatenated real and fake batch, i.e. a weighted average of the two means instead of their sum.
import numpy as np


def softplus(x):
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))


def gan_losses(real_logits, fake_logits):
    logits = np.concatenate([np.ravel(real_logits), np.ravel(fake_logits)])
    targets = np.concatenate([np.ones(np.size(real_logits)), np.zeros(np.size(fake_logits))])
    # BCE with logits: softplus(x) - t * x
    d_loss = np.mean(softplus(logits) - targets * logits)
    g_loss = np.mean(softplus(-fake_logits))
    return float(d_loss), float(g_loss)
