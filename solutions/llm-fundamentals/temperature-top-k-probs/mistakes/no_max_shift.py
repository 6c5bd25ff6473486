# Wrong: no max shift before exp, so logits / T overflow to inf (inf / inf = NaN) at low temperature.
import numpy as np


def temperature_top_k_probs(logits, temperature=1.0, k=None):
    x = np.asarray(logits, dtype=np.float64)
    e = np.exp(x / temperature)
    if k is not None and k < x.shape[-1]:
        kth = np.sort(x, axis=-1)[..., -k][..., None]
        e = np.where(x >= kth, e, 0.0)
    return e / e.sum(axis=-1, keepdims=True)
