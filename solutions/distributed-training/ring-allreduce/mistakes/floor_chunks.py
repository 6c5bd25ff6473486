# Wrong: chunks of size M // N drop the last M % N elements, which are never reduced.
import numpy as np


def ring_allreduce(grads):
    n, m = grads.shape
    bufs = grads.astype(np.float64)
    size = m // n
    sched = np.zeros((2 * (n - 1), n), dtype=np.int64)
    sent = np.zeros(n, dtype=np.int64)
    for t in range(2 * (n - 1)):
        gather = t >= n - 1
        s = t - (n - 1) if gather else t
        chunks = (np.arange(n) + (1 if gather else 0) - s) % n
        sched[t] = chunks
        msgs = [bufs[i, c * size:(c + 1) * size].copy() for i, c in enumerate(chunks)]
        for i, c in enumerate(chunks):
            dst = (i + 1) % n
            if gather:
                bufs[dst, c * size:(c + 1) * size] = msgs[i]
            else:
                bufs[dst, c * size:(c + 1) * size] += msgs[i]
        sent += size
    return bufs, sent, sched
