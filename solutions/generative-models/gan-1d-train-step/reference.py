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


def _bce_parts(u):
    """softplus(u) and sigmoid(u) from one exp(-|u|) (in (0, 1]: no overflow)."""
    e = np.exp(-np.abs(u))
    sp = np.maximum(u, 0) + np.log1p(e)
    sig = np.where(u >= 0, 1.0, e) / (1.0 + e)
    return sp, sig


def gan_1d_train_step(x_real, z, d_params, g_params, lr):
    """Return (new_d_params, new_g_params, d_grad, g_grad, d_loss, g_loss)."""
    w, b = float(d_params[0]), float(d_params[1])
    a, c = float(g_params[0]), float(g_params[1])
    n, m = x_real.size, z.size

    # 1) Discriminator step on the current generator.
    x_fake = a * z + c
    # BCE(u_real -> 1) = softplus(-u_real), d/du = -sigmoid(-u_real): evaluate both at -u_real.
    sp_r, sig_r = _bce_parts(-(w * x_real + b))
    sp_f, sig_f = _bce_parts(w * x_fake + b)  # BCE(u_fake -> 0) = softplus(u_fake)
    loss_d = np.mean(sp_r) + np.mean(sp_f)
    du_real = -sig_r / n  # the means divide each sample's gradient by n and m
    du_fake = sig_f / m
    d_grad = np.array([du_real @ x_real + du_fake @ x_fake, du_real.sum() + du_fake.sum()])
    new_d = np.array([w, b]) - lr * d_grad

    # 2) Generator step against the UPDATED discriminator (held fixed), same z.
    w2, b2 = new_d
    sp_g, sig_g = _bce_parts(-(w2 * x_fake + b2))  # softplus(-u'), sigmoid(-u')
    loss_g = np.mean(sp_g)
    dx_fake = -sig_g * (w2 / m)  # chain rule through the logit: du'/dx_fake = w'
    g_grad = np.array([dx_fake @ z, dx_fake.sum()])
    new_g = np.array([a, c]) - lr * g_grad

    return new_d, new_g, d_grad, g_grad, float(loss_d), float(loss_g)
