# Wrong: updates the parameter arrays in place (d_params -= ...), modifying the caller's inputs.
import numpy as np


def _softplus(u):
    return np.maximum(u, 0) + np.log1p(np.exp(-np.abs(u)))


def _sigmoid(u):
    e = np.exp(-np.abs(u))
    return np.where(u >= 0, 1.0, e) / (1.0 + e)


def gan_1d_train_step(x_real, z, d_params, g_params, lr):
    n, m = len(x_real), len(z)
    w, b = d_params
    a, c = g_params
    x_fake = a * z + c
    u_real, u_fake = w * x_real + b, w * x_fake + b
    d_loss = np.mean(_softplus(-u_real)) + np.mean(_softplus(u_fake))
    gr, gf = -_sigmoid(-u_real) / n, _sigmoid(u_fake) / m
    d_grad = np.array([np.sum(gr * x_real) + np.sum(gf * x_fake), np.sum(gr) + np.sum(gf)])
    d_params -= lr * d_grad
    w2, b2 = d_params
    u = w2 * x_fake + b2
    g_loss = np.mean(_softplus(-u))
    gx = -_sigmoid(-u) / m * w2
    g_grad = np.array([np.sum(gx * z), np.sum(gx)])
    g_params -= lr * g_grad
    return d_params, g_params, d_grad, g_grad, d_loss, g_loss
