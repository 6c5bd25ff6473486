# Wrong: d_center keeps only the positive term and drops the contribution of the K negatives.
import numpy as np


def sigmoid(s):
    return 1.0 / (1.0 + np.exp(-s))


def skipgram_negative_sampling_grad(v_center, u_context, u_negatives):
    s_o = u_context @ v_center
    s = u_negatives @ v_center
    loss = np.logaddexp(0, -s_o) + np.sum(np.logaddexp(0, s))
    g_o = sigmoid(s_o) - 1.0
    g = sigmoid(s)
    d_center = g_o * u_context
    return loss, d_center, g_o * v_center, np.outer(g, v_center)
