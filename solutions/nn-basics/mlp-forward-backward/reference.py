"""Reference solution: loss and gradients of a 2-layer ReLU MLP with softmax cross-entropy."""

import numpy as np


def mlp_loss(x, y, W1, b1, W2, b2):
    """Mean softmax cross-entropy of scores = relu(x @ W1 + b1) @ W2 + b2 (forward only)."""
    return mlp_forward_backward(x, y, W1, b1, W2, b2)[0]


def mlp_forward_backward(x, y, W1, b1, W2, b2):
    """Return (loss, grads) with grads = {"W1", "b1", "W2", "b2"} shaped like the parameters.

    x (N, D) float, y (N,) int labels in [0, C), W1 (D, H), b1 (H,), W2 (H, C), b2 (C,).
    ReLU'(0) is taken as 0.
    """
    n = x.shape[0]
    rows = np.arange(n)
    # forward
    z = x @ W1 + b1  # (N, H) pre-activations
    h = np.maximum(z, 0.0)  # (N, H)
    scores = h @ W2 + b2  # (N, C)
    shifted = scores - scores.max(axis=1, keepdims=True)  # every row's max becomes 0
    log_norm = np.log(np.exp(shifted).sum(axis=1))  # (N,), in [0, log C]
    log_p = shifted - log_norm[:, None]  # log-softmax, stable
    loss = -log_p[rows, y].mean()
    # backward: d(mean CE)/d scores = (softmax - onehot) / N
    dscores = np.exp(log_p)
    dscores[rows, y] -= 1.0
    dscores /= n
    dW2 = h.T @ dscores
    db2 = dscores.sum(axis=0)
    dh = dscores @ W2.T
    dz = dh * (z > 0)  # ReLU'(z) = 1 for z > 0, 0 for z <= 0 (including exactly 0)
    dW1 = x.T @ dz
    db1 = dz.sum(axis=0)
    return float(loss), {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
