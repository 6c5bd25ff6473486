# Wrong: warms up with (step + 1) / warmup_steps, so step 0 is not 0 and the warmup reaches base_lr one step early.
import numpy as np


def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    s = np.asarray(step, dtype=np.float64)
    warm = base_lr * (s + 1) / max(warmup_steps, 1)
    p = np.clip((s - warmup_steps) / max(total_steps - warmup_steps, 1), 0, 1)
    cos = min_lr + 0.5 * (base_lr - min_lr) * (1 + np.cos(np.pi * p))
    lr = np.where(s >= total_steps, min_lr, np.where(s < warmup_steps, warm, cos))
    return float(lr) if np.ndim(step) == 0 else lr
