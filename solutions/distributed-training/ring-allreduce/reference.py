import numpy as np


def ring_allreduce(grads):
    """Simulate ring all-reduce (reduce-scatter then all-gather) over N workers.

    grads: (N, M) float array, row i = worker i's gradient. Not modified.
    Returns (result, elements_sent, send_chunks):
      result        (N, M) float64, every row equal to grads.sum(axis=0)
      elements_sent (N,) int64, number of elements worker i sent in total
      send_chunks   (2(N-1), N) int64, chunk index worker i sends at step t
    """
    grads = np.asarray(grads)
    n, m = grads.shape
    bufs = grads.astype(np.float64)  # each worker's private buffer (a copy)
    # chunk c = bounds[c]:bounds[c+1], the np.array_split layout
    sizes = np.array([len(a) for a in np.array_split(np.arange(m), n)], dtype=np.int64)
    bounds = np.concatenate(([0], np.cumsum(sizes)))
    workers = np.arange(n)
    steps = 2 * (n - 1)
    send_chunks = np.zeros((steps, n), dtype=np.int64)
    sent = np.zeros(n, dtype=np.int64)
    for t in range(steps):
        if t < n - 1:  # reduce-scatter step s = t: send (i - s) mod N
            chunks = (workers - t) % n
        else:          # all-gather step s = t - (N-1): send (i + 1 - s) mod N
            chunks = (workers + 1 - (t - (n - 1))) % n
        send_chunks[t] = chunks
        # all sends of one step happen simultaneously: read every message first
        msgs = [bufs[i, bounds[c]:bounds[c + 1]].copy() for i, c in enumerate(chunks)]
        for i, c in enumerate(chunks):
            dst = (i + 1) % n
            if t < n - 1:
                bufs[dst, bounds[c]:bounds[c + 1]] += msgs[i]
            else:
                bufs[dst, bounds[c]:bounds[c + 1]] = msgs[i]
        sent += sizes[chunks]
    return bufs, sent, send_chunks
