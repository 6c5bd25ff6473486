"""Reference solution: VAE reparameterised sample and KL(q(z|x) || N(0, I)) per example."""

import numpy as np


def vae_kl_reparam(mu, logvar, eps):
    """Return (z, kl) for a diagonal Gaussian posterior N(mu, diag(exp(logvar))).

    mu, logvar, eps: (N, D). z: (N, D). kl: (N,), summed over the D latent dimensions.
    """
    std = np.exp(0.5 * logvar)  # sigma = exp(logvar / 2): the std, not the variance
    z = mu + std * eps  # reparameterisation: the randomness is in eps, gradients flow to mu, std
    # KL(N(mu, s^2) || N(0, 1)) = 0.5 * (s^2 + mu^2 - 1 - log s^2), per dimension; s^2 = std^2
    # reuses the exp above and log s^2 = logvar exactly (no log(exp(...)) round trip).
    kl = 0.5 * np.sum(std * std + mu * mu - 1.0 - logvar, axis=-1)
    return z, kl
