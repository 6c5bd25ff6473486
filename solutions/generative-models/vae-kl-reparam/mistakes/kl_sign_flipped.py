# Wrong: returns 0.5 * sum(1 + logvar - mu^2 - exp(logvar)), which is -KL (the term as it appears in the ELBO), not the KL.
import numpy as np


def vae_kl_reparam(mu, logvar, eps):
    z = mu + np.exp(0.5 * logvar) * eps
    kl = 0.5 * np.sum(1 + logvar - mu ** 2 - np.exp(logvar), axis=1)
    return z, kl
