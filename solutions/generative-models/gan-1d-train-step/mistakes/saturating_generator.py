# Wrong: the generator minimises the saturating minimax loss mean(log(1 - D(G(z)))) instead of the non-saturating -mean(log D(G(z))).
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
    gr, gf = -_sigmoid(-u_real) / n, _sigmoid(u_fake) / m
    d_grad = np.array([np.sum(gr * x_real) + np.sum(gf * x_fake), np.sum(gr) + np.sum(gf)])
    new_d = d_params - lr * d_grad
    w2, b2 = new_d
    u = w2 * x_fake + b2
    g_loss = -np.mean(_softplus(u))  # log(1 - D) = -softplus(u)
    gx = -_sigmoid(u) / m * w2
    g_grad = np.array([np.sum(gx * z), np.sum(gx)])
    return new_d, g_params - lr * g_grad, d_grad, g_grad, d_loss, g_loss
