# Wrong: losses as -log(sigmoid(u)) with a plain sigmoid: log(0) = -inf once the discriminator saturates (|u| ~ 800).
import numpy as np


def gan_1d_train_step(x_real, z, d_params, g_params, lr):
    w, b = d_params
    a, c = g_params
    n, m = len(x_real), len(z)
    x_fake = a * z + c
    d_real = 1 / (1 + np.exp(-(w * x_real + b)))
    d_fake = 1 / (1 + np.exp(-(w * x_fake + b)))
    d_loss = -np.mean(np.log(d_real)) - np.mean(np.log(1 - d_fake))
    gr, gf = (d_real - 1) / n, d_fake / m
    d_grad = np.array([np.sum(gr * x_real) + np.sum(gf * x_fake), np.sum(gr) + np.sum(gf)])
    new_d = d_params - lr * d_grad
    w2, b2 = new_d
    d_fake2 = 1 / (1 + np.exp(-(w2 * x_fake + b2)))
    g_loss = -np.mean(np.log(d_fake2))
    gx = (d_fake2 - 1) / m * w2
    g_grad = np.array([np.sum(gx * z), np.sum(gx)])
    return new_d, g_params - lr * g_grad, d_grad, g_grad, d_loss, g_loss
