"""Reference solution: GAN discriminator and non-saturating generator losses from logits."""

import numpy as np


def _log1p_exp_neg_abs(x):
    """log(1 + exp(-|x|)): the part of softplus shared by softplus(x) and softplus(-x)."""
    t = np.abs(x)  # a new array; the in-place steps below never touch the input
    np.negative(t, out=t)
    np.exp(t, out=t)  # exp(-|x|) lies in (0, 1]: it can never overflow
    np.log1p(t, out=t)
    return t


def gan_losses(real_logits, fake_logits):
    """Return (d_loss, g_loss) as Python floats.

    With D = sigmoid(u), softplus(v) = log(1 + exp(v)) = max(v, 0) + log1p(exp(-|v|)):
      -log D          = softplus(-u)   (BCE with target 1)
      -log(1 - D)     = softplus(u)    (BCE with target 0)
    d_loss = mean BCE(real -> 1) + mean BCE(fake -> 0)
    g_loss = mean BCE(fake -> 1)       (non-saturating generator loss)
    For large |u| the log1p term vanishes and softplus is exactly max(v, 0): softplus(1000) = 1000.
    """
    real = np.asarray(real_logits)
    fake = np.asarray(fake_logits)
    l_real = _log1p_exp_neg_abs(real)
    l_fake = _log1p_exp_neg_abs(fake)  # shared by softplus(fake) and softplus(-fake)
    d_loss = np.mean(np.maximum(-real, 0) + l_real) + np.mean(np.maximum(fake, 0) + l_fake)
    g_loss = np.mean(np.maximum(-fake, 0) + l_fake)
    return float(d_loss), float(g_loss)
