# Wrong: treats logvar as log(sigma): z uses exp(logvar) and the KL uses exp(2 * logvar) and log(sigma^2) = 2 * logvar.
import numpy as np


def vae_kl_reparam(mu, logvar, eps):
    sigma = np.exp(logvar)
    z = mu + sigma * eps
    kl = 0.5 * np.sum(sigma ** 2 + mu ** 2 - 1 - 2 * logvar, axis=-1)
    return z, kl
