"""Reference solution: simulate early stopping with patience and min_delta."""

import numpy as np


def early_stopping(val_losses, patience, min_delta=0.0):
    """Return (stop_epoch, best_epoch) for a 1-D array of validation losses (epochs 0..E-1).

    An epoch improves when loss < best - min_delta (best = +inf before epoch 0, so epoch 0
    always improves); best and best_epoch change only on improvements. Training stops at the
    first epoch where the count of consecutive non-improving epochs reaches `patience`;
    stop_epoch is -1 if that never happens. best_epoch is the last improving epoch up to the
    stop (all epochs if it never stops). Both are Python ints.
    """
    # The running best is path-dependent when min_delta > 0 (an epoch that beats the best by
    # less than min_delta does not become the new best), so this is a sequential scan over
    # epochs, like a loop over time steps; .tolist() makes the per-epoch work plain floats.
    losses = np.asarray(val_losses, dtype=np.float64).ravel().tolist()
    best = float("inf")
    best_epoch = -1
    wait = 0
    for epoch, loss in enumerate(losses):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, best_epoch
    return -1, best_epoch
