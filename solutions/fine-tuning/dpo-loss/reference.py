"""Reference solution: the DPO loss, implicit rewards and gradients w.r.t. the policy log-probs."""

import numpy as np


def _sigmoid(z):
    """Logistic function without overflow warnings: exp is only taken of -|z|."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def dpo_loss(policy_chosen_logps, policy_rejected_logps, ref_chosen_logps, ref_rejected_logps,
             beta=0.1):
    """DPO on N preference pairs; all inputs are (N,) summed sequence log-probs.

    Returns (loss, chosen_rewards, rejected_rewards, grad_policy_chosen, grad_policy_rejected):
      z_i    = beta * ((pc_i - rc_i) - (pr_i - rr_i))
      loss   = mean_i softplus(-z_i) = mean_i -log sigmoid(z_i)
      chosen_rewards = beta * (pc - rc), rejected_rewards = beta * (pr - rr)
      d loss / d pc_i = -beta * sigmoid(-z_i) / N,  d loss / d pr_i = +beta * sigmoid(-z_i) / N
    """
    pc = np.asarray(policy_chosen_logps, dtype=np.float64)
    pr = np.asarray(policy_rejected_logps, dtype=np.float64)
    rc = np.asarray(ref_chosen_logps, dtype=np.float64)
    rr = np.asarray(ref_rejected_logps, dtype=np.float64)
    n = pc.shape[0]
    chosen_rewards = beta * (pc - rc)       # implicit reward, up to a prompt-only constant
    rejected_rewards = beta * (pr - rr)
    z = chosen_rewards - rejected_rewards   # reward margin
    # -log sigmoid(z) = softplus(-z) = log(1 + exp(-z)); logaddexp never overflows and keeps
    # the exact linear tail (loss ~ -z) when the margin is very negative.
    loss = np.mean(np.logaddexp(0.0, -z))
    weight = _sigmoid(-z)                   # how wrong the pair currently is, in (0, 1)
    grad_chosen = -beta * weight / n
    grad_rejected = beta * weight / n
    return loss, chosen_rewards, rejected_rewards, grad_chosen, grad_rejected
