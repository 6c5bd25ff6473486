# Wrong: uses Python if/else on `step`, which only works for a scalar (an array raises "truth value ... is ambiguous").
import math


def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step >= total_steps:
        return float(min_lr)
    if step < warmup_steps:
        return base_lr * step / warmup_steps
    p = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * p))
