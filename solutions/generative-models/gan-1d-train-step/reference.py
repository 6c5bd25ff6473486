"""Reference solution: one alternating GAN step (D first, then G against the updated D) on 1-D data.

Generator      G(z) = a * z + c                 g_params = [a, c]
Discriminator  D(x) = sigmoid(w * x + b)        d_params = [w, b]   (logit u = w * x + b)
"""

import numpy as np


def softplus(u):
    """log(1 + exp(u)) without overflow."""
    return np.maximum(u, 0) + np.log1p(np.exp(-np.abs(u)))


def sigmoid(u):
    """1 / (1 + exp(-u)) without overflow."""
    e = np.exp(-np.abs(u))
    return np.where(u >= 0, 1.0, e) / (1.0 + e)


def d_loss(x_real, z, d_params, g_params):
    """mean BCE(D(x_real) -> 1) + mean BCE(D(G(z)) -> 0)."""
    w, b = d_params
    a, c = g_params
    x_fake = a * z + c
    return np.mean(softplus(-(w * x_real + b))) + np.mean(softplus(w * x_fake + b))


def g_loss(z, d_params, g_params):
    """Non-saturating generator loss mean(-log D(G(z)))."""
    w, b = d_params
    a, c = g_params
    return np.mean(softplus(-(w * (a * z + c) + b)))


def gan_1d_train_step(x_real, z, d_params, g_params, lr):
    """Return (new_d_params, new_g_params, d_grad, g_grad, d_loss, g_loss)."""
    w, b = float(d_params[0]), float(d_params[1])
    a, c = float(g_params[0]), float(g_params[1])
    n, m = x_real.size, z.size

    # 1) Discriminator step on the current generator.
    x_fake = a * z + c
    u_real = w * x_real + b
    u_fake = w * x_fake + b
    loss_d = np.mean(softplus(-u_real)) + np.mean(softplus(u_fake))
    # d softplus(-u)/du = -sigmoid(-u); d softplus(u)/du = sigmoid(u); the means divide by n, m.
    du_real = -sigmoid(-u_real) / n
    du_fake = sigmoid(u_fake) / m
    d_grad = np.array([du_real @ x_real + du_fake @ x_fake, du_real.sum() + du_fake.sum()])
    new_d = np.array([w, b]) - lr * d_grad

    # 2) Generator step against the UPDATED discriminator (held fixed), same z.
    w2, b2 = new_d
    u = w2 * x_fake + b2
    loss_g = np.mean(softplus(-u))
    dx_fake = -sigmoid(-u) / m * w2  # chain rule through the logit: du/dx = w'
    g_grad = np.array([dx_fake @ z, dx_fake.sum()])
    new_g = np.array([a, c]) - lr * g_grad

    return new_d, new_g, d_grad, g_grad, float(loss_d), float(loss_g)
