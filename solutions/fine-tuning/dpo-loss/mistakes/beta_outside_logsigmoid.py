# Wrong: beta multiplies the loss instead of the log-ratio margin inside the sigmoid; rewards drop beta.
import numpy as np


def dpo_loss(policy_chosen_logps, policy_rejected_logps, ref_chosen_logps, ref_rejected_logps,
             beta=0.1):
    chosen_logratio = policy_chosen_logps - ref_chosen_logps
    rejected_logratio = policy_rejected_logps - ref_rejected_logps
    margin = chosen_logratio - rejected_logratio
    n = margin.shape[0]
    loss = beta * np.mean(np.logaddexp(0.0, -margin))
    w = np.exp(-np.logaddexp(0.0, margin))  # sigmoid(-margin)
    return loss, chosen_logratio, rejected_logratio, -beta * w / n, beta * w / n
