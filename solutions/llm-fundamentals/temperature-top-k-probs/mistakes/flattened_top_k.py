# Wrong axis: finds the k-th largest logit over the whole (B, V) batch instead of per row.
import numpy as np


def temperature_top_k_probs(logits, temperature=1.0, k=None):
    x = np.asarray(logits, dtype=np.float64)
    z = x / temperature
    if k is not None and k < x.shape[-1]:
        kth = np.sort(x, axis=None)[-k]
        z = np.where(x >= kth, z, -np.inf)
    z = z - z.max(axis=-1, keepdims=True)
    with np.errstate(invalid="ignore"):
        e = np.exp(z)
        return e / e.sum(axis=-1, keepdims=True)
