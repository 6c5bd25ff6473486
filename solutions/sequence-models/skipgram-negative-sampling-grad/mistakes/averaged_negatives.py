# Wrong: averages the negative terms over K (loss and gradients), but the objective sums them.
import numpy as np


def sigmoid(s):
    return 1.0 / (1.0 + np.exp(-s))


def skipgram_negative_sampling_grad(v_center, u_context, u_negatives):
    K = u_negatives.shape[0]
    s_o = u_context @ v_center
    s = u_negatives @ v_center
    loss = np.logaddexp(0, -s_o) + np.mean(np.logaddexp(0, s))
    g_o = sigmoid(s_o) - 1.0
    g = sigmoid(s) / K
    d_center = g_o * u_context + g @ u_negatives
    return loss, d_center, g_o * v_center, np.outer(g, v_center)
