"""Reference solution: temperature-scaled softmax restricted to the top-k logits."""

import numpy as np


def temperature_top_k_probs(logits, temperature=1.0, k=None):
    """Sampling distribution over the last axis of `logits` ((V,) or (B, V)), float64.

    Tokens whose raw logit is >= the k-th largest logit of their row are kept (ties at the
    k-th value are all kept); the others get probability 0. k=None or k >= V keeps everything.
    """
    x = np.asarray(logits, dtype=np.float64)
    z = x / temperature  # a new array: the input is not modified
    if k is not None and k < x.shape[-1]:
        kth = np.partition(x, -k, axis=-1)[..., -k]  # k-th largest raw logit per row
        z = np.where(x >= kth[..., None], z, -np.inf)
    z = z - np.max(z, axis=-1, keepdims=True)  # the row max is always kept, so it is finite
    e = np.exp(z)  # exp(-inf) = 0 for the filtered tokens
    return e / np.sum(e, axis=-1, keepdims=True)
