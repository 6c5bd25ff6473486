# Wrong: multiplies the logits by the temperature instead of dividing (T < 1 flattens, T > 1 sharpens).
import numpy as np


def temperature_top_k_probs(logits, temperature=1.0, k=None):
    x = np.asarray(logits, dtype=np.float64)
    z = x * temperature
    if k is not None and k < x.shape[-1]:
        kth = np.partition(x, -k, axis=-1)[..., -k:].min(axis=-1, keepdims=True)
        z = np.where(x >= kth, z, -np.inf)
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
