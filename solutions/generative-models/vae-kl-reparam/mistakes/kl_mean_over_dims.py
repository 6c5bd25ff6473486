# Wrong: averages the KL over the latent dimensions instead of summing (divides by D).
import numpy as np


def vae_kl_reparam(mu, logvar, eps):
    z = mu + np.exp(0.5 * logvar) * eps
    kl = -0.5 * np.mean(1 + logvar - mu ** 2 - np.exp(logvar), axis=1)
    return z, kl
