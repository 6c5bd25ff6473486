# Wrong: returns the saturating minimax generator loss mean(log(1 - D(G(z)))) instead of the non-saturating -mean(log D(G(z))).
import numpy as np


def softplus(x):
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))


def gan_losses(real_logits, fake_logits):
    d_loss = np.mean(softplus(-real_logits)) + np.mean(softplus(fake_logits))
    g_loss = -np.mean(softplus(fake_logits))  # log(1 - sigmoid(x)) = -softplus(x)
    return float(d_loss), float(g_loss)
