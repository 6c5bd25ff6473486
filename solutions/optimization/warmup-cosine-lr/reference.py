"""Reference solution: linear warmup from 0, then cosine decay to min_lr, then constant."""

import numpy as np


def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    """Learning rate at `step` (an int -> float, or an int array -> float64 array, same shape).

      step >= total_steps                  : min_lr
      step <  warmup_steps                 : base_lr * step / warmup_steps
      warmup_steps <= step < total_steps   : min_lr + (base_lr - min_lr) * (1 + cos(pi * p)) / 2,
                                             p = (step - warmup_steps) / (total_steps - warmup_steps)
    """
    s = np.asarray(step, dtype=np.float64)
    # Denominators guarded with max(., 1): the guarded branches are masked out by np.where
    # whenever the real denominator is 0, so this only avoids division-by-zero warnings.
    warm = base_lr * s / max(warmup_steps, 1)
    progress = np.clip((s - warmup_steps) / max(total_steps - warmup_steps, 1), 0.0, 1.0)
    cosine = min_lr + 0.5 * (base_lr - min_lr) * (1.0 + np.cos(np.pi * progress))
    lr = np.where(s >= total_steps, float(min_lr), np.where(s < warmup_steps, warm, cosine))
    if np.ndim(step) == 0:
        return float(lr)
    return lr
