# Wrong: labels swapped in the discriminator loss (real -> 0, fake -> 1).
import numpy as np


def softplus(x):
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))


def gan_losses(real_logits, fake_logits):
    d_loss = np.mean(softplus(real_logits)) + np.mean(softplus(-fake_logits))
    g_loss = np.mean(softplus(-fake_logits))
    return float(d_loss), float(g_loss)
