# Wrong: updates G against the OLD discriminator (simultaneous update) instead of the updated one.
import numpy as np


def _softplus(u):
    return np.maximum(u, 0) + np.log1p(np.exp(-np.abs(u)))


def _sigmoid(u):
    e = np.exp(-np.abs(u))
    return np.where(u >= 0, 1.0, e) / (1.0 + e)


def gan_1d_train_step(x_real, z, d_params, g_params, lr):
    w, b = d_params
    a, c = g_params
    n, m = len(x_real), len(z)
    x_fake = a * z + c
    u_real, u_fake = w * x_real + b, w * x_fake + b
    d_loss = np.mean(_softplus(-u_real)) + np.mean(_softplus(u_fake))
    g_loss = np.mean(_softplus(-u_fake))
    gr, gf = -_sigmoid(-u_real) / n, _sigmoid(u_fake) / m
    d_grad = np.array([np.sum(gr * x_real) + np.sum(gf * x_fake), np.sum(gr) + np.sum(gf)])
    gx = -_sigmoid(-u_fake) / m * w
    g_grad = np.array([np.sum(gx * z), np.sum(gx)])
    return d_params - lr * d_grad, g_params - lr * g_grad, d_grad, g_grad, d_loss, g_loss
