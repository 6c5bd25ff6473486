# Wrong: measures improvement against the previous epoch instead of the best loss so far.
import numpy as np


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, wait = np.inf, -1, 0
    prev = np.inf
    for epoch, loss in enumerate(val_losses):
        if loss < prev - min_delta:
            wait = 0
            if loss < best:
                best, best_epoch = loss, epoch
        else:
            wait += 1
            if wait >= patience:
                return epoch, best_epoch
        prev = loss
    return -1, best_epoch
