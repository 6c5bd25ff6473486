# Wrong: -log(sigmoid(x)) computed literally: exp overflows and log(0) = -inf for |logits| ~ 1e3.
import numpy as np


def gan_losses(real_logits, fake_logits):
    d_real = 1.0 / (1.0 + np.exp(-real_logits))
    d_fake = 1.0 / (1.0 + np.exp(-fake_logits))
    d_loss = -np.mean(np.log(d_real)) - np.mean(np.log(1.0 - d_fake))
    g_loss = -np.mean(np.log(d_fake))
    return float(d_loss), float(g_loss)
