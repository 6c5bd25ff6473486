# Wrong: the "add 1e-8 inside the log" fix caps each BCE term at -log(1e-8) ~ 18.4 instead of the true value (up to 1000).
import numpy as np


def gan_losses(real_logits, fake_logits):
    z_r = np.exp(-np.abs(real_logits))
    z_f = np.exp(-np.abs(fake_logits))
    d_real = np.where(real_logits >= 0, 1.0, z_r) / (1.0 + z_r)  # stable sigmoid
    d_fake = np.where(fake_logits >= 0, 1.0, z_f) / (1.0 + z_f)
    eps = 1e-8
    d_loss = -np.mean(np.log(d_real + eps)) - np.mean(np.log(1.0 - d_fake + eps))
    g_loss = -np.mean(np.log(d_fake + eps))
    return float(d_loss), float(g_loss)
