# Wrong: decays the cosine from base_lr to 0 and clamps at min_lr, instead of decaying from base_lr to min_lr.
import numpy as np


def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    s = np.asarray(step, dtype=np.float64)
    warm = base_lr * s / max(warmup_steps, 1)
    p = np.clip((s - warmup_steps) / max(total_steps - warmup_steps, 1), 0, 1)
    cos = np.maximum(min_lr, 0.5 * base_lr * (1 + np.cos(np.pi * p)))
    lr = np.where(s >= total_steps, min_lr, np.where(s < warmup_steps, warm, cos))
    return float(lr) if np.ndim(step) == 0 else lr
