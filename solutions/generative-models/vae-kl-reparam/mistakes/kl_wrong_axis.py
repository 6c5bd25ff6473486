# Wrong: sums the KL over the batch axis (axis 0) instead of the latent axis.
import numpy as np


def vae_kl_reparam(mu, logvar, eps):
    z = mu + np.exp(0.5 * logvar) * eps
    kl = -0.5 * np.sum(1 + logvar - mu ** 2 - np.exp(logvar), axis=0)
    return z, kl
