# Wrong: recomputes the best loss from the whole history at every epoch: O(E^2), too slow on long runs.
import numpy as np


def early_stopping(val_losses, patience, min_delta=0.0):
    wait = 0
    best_epoch = 0
    for epoch in range(1, len(val_losses)):
        history = val_losses[:epoch]
        best_epoch = int(np.argmin(history))
        if val_losses[epoch] < history.min() - min_delta:
            wait = 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, best_epoch
    return -1, int(np.argmin(val_losses))
