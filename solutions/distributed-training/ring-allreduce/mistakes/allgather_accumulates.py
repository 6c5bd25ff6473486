# Wrong: the all-gather phase adds the received chunk (like reduce-scatter) instead of overwriting it.
import numpy as np


def ring_allreduce(grads):
    n, m = grads.shape
    bufs = grads.astype(np.float64)
    parts = np.array_split(np.arange(m), n)
    sizes = np.array([len(p) for p in parts])
    bounds = np.concatenate(([0], np.cumsum(sizes)))
    sched = np.zeros((2 * (n - 1), n), dtype=np.int64)
    sent = np.zeros(n, dtype=np.int64)
    for t in range(2 * (n - 1)):
        s = t if t < n - 1 else t - (n - 1)
        off = 0 if t < n - 1 else 1
        chunks = (np.arange(n) + off - s) % n
        sched[t] = chunks
        msgs = [bufs[i, bounds[c]:bounds[c + 1]].copy() for i, c in enumerate(chunks)]
        for i, c in enumerate(chunks):
            bufs[(i + 1) % n, bounds[c]:bounds[c + 1]] += msgs[i]
        sent += sizes[chunks]
    return bufs, sent, sched
