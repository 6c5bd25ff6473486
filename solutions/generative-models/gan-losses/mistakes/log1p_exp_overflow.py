# Wrong: softplus as log1p(exp(x)) overflows to inf for x > ~709, so large logits give inf losses.
import numpy as np


def gan_losses(real_logits, fake_logits):
    d_loss = np.mean(np.log1p(np.exp(-real_logits))) + np.mean(np.log1p(np.exp(fake_logits)))
    g_loss = np.mean(np.log1p(np.exp(-fake_logits)))
    return float(d_loss), float(g_loss)
