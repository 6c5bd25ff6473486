# Wrong: after a rejection, resamples from p instead of the residual max(p - q, 0) (biases the output distribution).
import numpy as np


def speculative_accept_reject(p_target, q_draft, draft_tokens, uniforms, resample_uniform):
    out = []
    for i, x in enumerate(draft_tokens):
        if uniforms[i] < min(1.0, p_target[i, x] / q_draft[i, x]):
            out.append(int(x))
            continue
        cdf = np.cumsum(p_target[i])
        out.append(int(np.searchsorted(cdf, resample_uniform, side="right")))
        return np.array(out, dtype=np.int64)
    cdf = np.cumsum(p_target[len(draft_tokens)])
    out.append(int(np.searchsorted(cdf, resample_uniform, side="right")))
    return np.array(out, dtype=np.int64)
