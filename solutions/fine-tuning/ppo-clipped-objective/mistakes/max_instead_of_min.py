# Wrong: takes the max of the two surrogates (the optimistic bound) instead of the min.
import numpy as np


def ppo_clipped_objective(logp_new, logp_old, advantages, clip_eps=0.2):
    ratio = np.exp(logp_new - logp_old)
    surr1 = ratio * advantages
    surr2 = np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * advantages
    loss = -np.mean(np.maximum(surr1, surr2))
    clip_fraction = np.mean(np.abs(ratio - 1) > clip_eps)
    return float(loss), float(clip_fraction)
