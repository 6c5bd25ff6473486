# Wrong: the per-pair weight is sigmoid(z) instead of sigmoid(-z) (d/dz of -log sigmoid(z) is -sigmoid(-z)).
import numpy as np


def dpo_loss(policy_chosen_logps, policy_rejected_logps, ref_chosen_logps, ref_rejected_logps,
             beta=0.1):
    chosen_rewards = beta * (policy_chosen_logps - ref_chosen_logps)
    rejected_rewards = beta * (policy_rejected_logps - ref_rejected_logps)
    z = chosen_rewards - rejected_rewards
    loss = np.mean(np.logaddexp(0.0, -z))
    n = z.shape[0]
    w = np.exp(-np.logaddexp(0.0, -z))  # sigmoid(z)
    return loss, chosen_rewards, rejected_rewards, -beta * w / n, beta * w / n
