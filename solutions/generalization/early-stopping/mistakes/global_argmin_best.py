# Wrong: best_epoch is the argmin over the whole run, including epochs after training stopped.
import numpy as np


def early_stopping(val_losses, patience, min_delta=0.0):
    best, wait = np.inf, 0
    best_epoch = int(np.argmin(val_losses))
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, wait = loss, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, best_epoch
    return -1, best_epoch
