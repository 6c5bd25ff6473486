# Wrong: -log(sigmoid(z)) computed naively: sigmoid underflows to 0 for very negative margins, so the loss becomes inf.
import numpy as np


def dpo_loss(policy_chosen_logps, policy_rejected_logps, ref_chosen_logps, ref_rejected_logps,
             beta=0.1):
    chosen_rewards = beta * (policy_chosen_logps - ref_chosen_logps)
    rejected_rewards = beta * (policy_rejected_logps - ref_rejected_logps)
    z = chosen_rewards - rejected_rewards
    sig = 1.0 / (1.0 + np.exp(-z))
    loss = np.mean(-np.log(sig))
    n = len(z)
    grad_chosen = -beta * (1.0 - sig) / n
    grad_rejected = beta * (1.0 - sig) / n
    return loss, chosen_rewards, rejected_rewards, grad_chosen, grad_rejected
