"""Reference solution: GAN discriminator and non-saturating generator losses from logits."""

import numpy as np


def softplus(x):
    """log(1 + exp(x)) elementwise, without overflow: max(x, 0) + log1p(exp(-|x|))."""
    x = np.asarray(x)
    # exp(-|x|) lies in (0, 1], so it never overflows; for large |x| the log1p term vanishes
    # and softplus(x) -> max(x, 0) exactly (softplus(1000) = 1000, softplus(-1000) = 0).
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))


def gan_losses(real_logits, fake_logits):
    """Return (d_loss, g_loss) as Python floats.

    With D = sigmoid(logit):
      -log D(x)      = softplus(-logit)   (BCE with target 1)
      -log(1 - D(x)) = softplus(logit)    (BCE with target 0)
    d_loss = mean BCE(real -> 1) + mean BCE(fake -> 0)
    g_loss = mean BCE(fake -> 1)          (non-saturating generator loss)
    """
    d_loss = np.mean(softplus(-real_logits)) + np.mean(softplus(fake_logits))
    g_loss = np.mean(softplus(-fake_logits))
    return float(d_loss), float(g_loss)
