# Wrong: the all-gather starts from chunk i (not the fully reduced chunk (i+1) mod N), so partial sums are broadcast.
import numpy as np


def ring_allreduce(grads):
    n, m = grads.shape
    bufs = grads.astype(np.float64)
    parts = np.array_split(np.arange(m), n)
    sizes = np.array([len(p) for p in parts])
    bounds = np.concatenate(([0], np.cumsum(sizes)))
    sched, sent = [], np.zeros(n, dtype=np.int64)
    for phase in ("reduce", "gather"):
        for s in range(n - 1):
            chunks = (np.arange(n) - s) % n
            sched.append(chunks)
            msgs = [bufs[i, bounds[c]:bounds[c + 1]].copy() for i, c in enumerate(chunks)]
            for i, c in enumerate(chunks):
                dst = (i + 1) % n
                if phase == "reduce":
                    bufs[dst, bounds[c]:bounds[c + 1]] += msgs[i]
                else:
                    bufs[dst, bounds[c]:bounds[c + 1]] = msgs[i]
            sent += sizes[chunks]
    return bufs, sent, np.array(sched, dtype=np.int64).reshape(2 * (n - 1), n)
