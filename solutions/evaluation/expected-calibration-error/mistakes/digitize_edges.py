# Wrong: np.digitize(conf, edges) - 1 is left-closed, and confidence 1.0 falls outside every bin and is dropped.
import numpy as np


def expected_calibration_error(probs, labels, n_bins=10):
    conf = probs.max(axis=1)
    correct = (probs.argmax(axis=1) == labels).astype(float)
    edges = np.linspace(0, 1, n_bins + 1)
    idx = np.digitize(conf, edges) - 1
    ece = 0.0
    for b in range(n_bins):
        m = idx == b
        if m.any():
            ece += m.sum() / len(labels) * abs(correct[m].mean() - conf[m].mean())
    return ece
