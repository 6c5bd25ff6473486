"""Reference solution: a one-hidden-layer ReLU MLP trained with hand-written backprop and
mini-batch SGD with momentum on softmax cross-entropy."""

import numpy as np


def train_mlp_classifier(X_train, y_train, X_test, hidden=32, epochs=100, lr=0.05, seed=0):
    """Train on (X_train, y_train) and return int64 class predictions for X_test.

    X_train: (n, d) floats; y_train: (n,) ints in 0..K-1 (K = y_train.max() + 1);
    X_test: (m, d) floats. Returns an int64 array of shape (m,). Inputs are not modified.
    """
    rng = np.random.default_rng(seed)
    X = np.asarray(X_train, dtype=np.float64)
    Xt = np.asarray(X_test, dtype=np.float64)
    y = np.asarray(y_train).astype(np.int64)

    # Standardise with TRAINING statistics only (features may sit at any offset and scale);
    # the same transform is then applied to the test inputs.
    mu = X.mean(axis=0)
    sd = X.std(axis=0)
    sd[sd == 0] = 1.0
    X = (X - mu) / sd
    Xt = (Xt - mu) / sd

    n, d = X.shape
    k = int(y.max()) + 1
    # He initialisation for the ReLU layer, small random output layer: random (not zero)
    # weights break the symmetry between hidden units.
    W1 = rng.standard_normal((d, hidden)) * np.sqrt(2.0 / d)
    b1 = np.zeros(hidden)
    W2 = rng.standard_normal((hidden, k)) * np.sqrt(1.0 / hidden)
    b2 = np.zeros(k)
    params = [W1, b1, W2, b2]
    velocity = [np.zeros_like(p) for p in params]
    Y = np.eye(k)[y]  # one-hot targets, (n, k)

    batch, momentum = 32, 0.9
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch):
            idx = order[start:start + batch]
            xb, yb = X[idx], Y[idx]
            # forward
            h = xb @ W1 + b1              # (B, hidden) pre-activations
            a = np.maximum(h, 0.0)        # ReLU
            z = a @ W2 + b2               # (B, k) logits
            z -= z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            # backward of the mean cross-entropy: dL/dz = (softmax - onehot) / B
            dz = (p - yb) / len(idx)
            dW2 = a.T @ dz
            db2 = dz.sum(axis=0)
            dh = (dz @ W2.T) * (h > 0)    # through ReLU
            dW1 = xb.T @ dh
            db1 = dh.sum(axis=0)
            # SGD with momentum, in place on the parameter arrays
            for prm, grad, vel in zip(params, (dW1, db1, dW2, db2), velocity, strict=True):
                vel *= momentum
                vel -= lr * grad
                prm += vel

    logits = np.maximum(Xt @ W1 + b1, 0.0) @ W2 + b2
    return np.argmax(logits, axis=1).astype(np.int64)
