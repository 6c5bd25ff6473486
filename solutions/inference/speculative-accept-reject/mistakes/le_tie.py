# Wrong: accepts when u <= p/q; the stated rule is strict u < min(1, p/q) (so p[x] = 0 is never accepted).
import numpy as np


def speculative_accept_reject(p_target, q_draft, draft_tokens, uniforms, resample_uniform):
    out = []
    for i, x in enumerate(draft_tokens):
        if uniforms[i] <= min(1.0, p_target[i, x] / q_draft[i, x]):
            out.append(int(x))
            continue
        r = np.maximum(p_target[i] - q_draft[i], 0.0)
        cdf = np.cumsum(r / r.sum())
        out.append(int(np.searchsorted(cdf, resample_uniform, side="right")))
        return np.array(out, dtype=np.int64)
    cdf = np.cumsum(p_target[len(draft_tokens)])
    out.append(int(np.searchsorted(cdf, resample_uniform, side="right")))
    return np.array(out, dtype=np.int64)
