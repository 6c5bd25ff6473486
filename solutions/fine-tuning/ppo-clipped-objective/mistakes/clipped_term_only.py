# Wrong: uses only the clipped term, dropping the min with the unclipped one (no pessimistic bound).
import numpy as np


def ppo_clipped_objective(logp_new, logp_old, advantages, clip_eps=0.2):
    ratio = np.exp(logp_new - logp_old)
    clipped = np.clip(ratio, 1 - clip_eps, 1 + clip_eps)
    loss = -np.mean(clipped * advantages)
    clip_fraction = np.mean(np.abs(ratio - 1) > clip_eps)
    return float(loss), float(clip_fraction)
