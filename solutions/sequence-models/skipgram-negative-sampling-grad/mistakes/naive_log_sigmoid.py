# Wrong: np.log(sigmoid(s)) underflows to log(0) = -inf for very negative scores, so the loss becomes inf.
import numpy as np


def sigmoid(s):
    return 1.0 / (1.0 + np.exp(-s))


def skipgram_negative_sampling_grad(v_center, u_context, u_negatives):
    s_o = u_context @ v_center
    s = u_negatives @ v_center
    loss = -np.log(sigmoid(s_o)) - np.sum(np.log(sigmoid(-s)))
    g_o = sigmoid(s_o) - 1.0
    g = sigmoid(s)
    d_center = g_o * u_context + g @ u_negatives
    return loss, d_center, g_o * v_center, np.outer(g, v_center)
