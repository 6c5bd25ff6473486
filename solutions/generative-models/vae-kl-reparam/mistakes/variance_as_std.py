# Wrong: scales the noise by the variance exp(logvar) instead of the standard deviation exp(0.5 * logvar).
import numpy as np


def vae_kl_reparam(mu, logvar, eps):
    z = mu + np.exp(logvar) * eps
    kl = -0.5 * np.sum(1 + logvar - mu ** 2 - np.exp(logvar), axis=1)
    return z, kl
