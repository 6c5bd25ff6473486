"""Reference solution: skip-gram negative-sampling loss and its gradients, stable for any score."""

import numpy as np


def _sigmoid(s):
    e = np.exp(-np.abs(s))
    return np.where(s >= 0, 1.0, e) / (1.0 + e)


def skipgram_negative_sampling_grad(v_center, u_context, u_negatives):
    """v_center (D,), u_context (D,), u_negatives (K, D).

    loss = -log sigmoid(u_o . v_c) - sum_k log sigmoid(-u_k . v_c)
    Returns (loss, d_center (D,), d_context (D,), d_negatives (K, D)).
    """
    s_pos = u_context @ v_center  # scalar score of the true context word
    s_neg = u_negatives @ v_center  # (K,) scores of the negative samples
    # -log sigmoid(s) = log(1 + exp(-s)) = logaddexp(0, -s): finite for any s.
    loss = np.logaddexp(0.0, -s_pos) + np.sum(np.logaddexp(0.0, s_neg))
    g_pos = _sigmoid(s_pos) - 1.0  # d loss / d s_pos  = -sigmoid(-s_pos)
    g_neg = _sigmoid(s_neg)  # d loss / d s_neg_k = sigmoid(s_neg_k)
    d_center = g_pos * u_context + g_neg @ u_negatives
    d_context = g_pos * v_center
    d_negatives = g_neg[:, None] * v_center[None, :]
    return float(loss), d_center, d_context, d_negatives
