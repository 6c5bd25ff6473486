"""Reference solution: PPO's clipped surrogate loss and the fraction of clipped ratios."""

import numpy as np


def ppo_clipped_objective(logp_new, logp_old, advantages, clip_eps=0.2):
    """PPO-clip over all elements of same-shaped float arrays.

    ratio = exp(logp_new - logp_old)
    loss = -mean(min(ratio * A, clip(ratio, 1 - eps, 1 + eps) * A))
    clip_fraction = mean(|ratio - 1| > eps)   (strict, over all elements, whatever A's sign)
    Returns (loss, clip_fraction) as floats; inputs are not modified.
    """
    # Ratio of new to old probabilities, from log-probs (a difference, never a quotient).
    ratio = np.exp(logp_new - logp_old)
    unclipped = ratio * advantages
    clipped = np.clip(ratio, 1.0 - clip_eps, 1.0 + clip_eps) * advantages
    # The pessimistic (lower) bound: clipping may remove an incentive, never add one.
    loss = -np.mean(np.minimum(unclipped, clipped))
    clip_fraction = np.mean(np.abs(ratio - 1.0) > clip_eps)
    return float(loss), float(clip_fraction)
