# Wrong: p[:, y] -= 1 subtracts 1 in the label columns of EVERY row; it must be p[np.arange(N), y].
import numpy as np


def mlp_forward_backward(x, y, W1, b1, W2, b2):
    n = x.shape[0]
    z = x @ W1 + b1
    h = np.maximum(z, 0)
    scores = h @ W2 + b2
    scores = scores - scores.max(axis=1, keepdims=True)
    p = np.exp(scores)
    p /= p.sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(p[np.arange(n), y]))
    dscores = p.copy()
    dscores[:, y] -= 1
    dscores /= n
    dW2 = h.T @ dscores
    db2 = dscores.sum(axis=0)
    dz = (dscores @ W2.T) * (z > 0)
    dW1 = x.T @ dz
    db1 = dz.sum(axis=0)
    return float(loss), {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
