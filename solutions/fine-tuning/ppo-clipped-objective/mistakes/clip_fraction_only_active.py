# Wrong: counts a ratio as clipped only when the clipped term wins the min (the task counts every |ratio - 1| > eps).
import numpy as np


def ppo_clipped_objective(logp_new, logp_old, advantages, clip_eps=0.2):
    ratio = np.exp(logp_new - logp_old)
    surr1 = ratio * advantages
    surr2 = np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * advantages
    loss = -np.mean(np.minimum(surr1, surr2))
    active = (surr2 < surr1) & (np.abs(ratio - 1) > clip_eps)
    return float(loss), float(np.mean(active))
