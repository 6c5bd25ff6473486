# Wrong tie rule: keeps exactly k tokens via argsort, dropping tokens tied with the k-th largest logit.
import numpy as np


def temperature_top_k_probs(logits, temperature=1.0, k=None):
    z = np.asarray(logits, dtype=np.float64) / temperature
    if k is not None and k < z.shape[-1]:
        order = np.argsort(-z, axis=-1, kind="stable")
        keep = np.zeros(z.shape, dtype=bool)
        np.put_along_axis(keep, order[..., :k], True, axis=-1)
        z = np.where(keep, z, -np.inf)
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
