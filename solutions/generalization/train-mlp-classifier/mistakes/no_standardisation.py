# Wrong: raw features go straight into the network; with features around 300 and std ~40 the ReLU units saturate or blow up.
import numpy as np


def train_mlp_classifier(X_train, y_train, X_test, hidden=32, epochs=100, lr=0.05, seed=0):
    rng = np.random.default_rng(seed)
    X = np.asarray(X_train, dtype=np.float64)
    Xt = np.asarray(X_test, dtype=np.float64)
    n, d = X.shape
    k = int(y_train.max()) + 1
    Y = np.eye(k)[y_train]
    W1 = rng.standard_normal((d, hidden)) * np.sqrt(2.0 / d)
    b1 = np.zeros(hidden)
    W2 = rng.standard_normal((hidden, k)) * np.sqrt(1.0 / hidden)
    b2 = np.zeros(k)
    params = [W1, b1, W2, b2]
    vel = [np.zeros_like(q) for q in params]
    for _ in range(epochs):
        order = rng.permutation(n)
        for s in range(0, n, 32):
            idx = order[s:s + 32]
            xb, yb = X[idx], Y[idx]
            h = xb @ W1 + b1
            a = np.maximum(h, 0)
            z = a @ W2 + b2
            p = np.exp(z - z.max(axis=1, keepdims=True))
            p /= p.sum(axis=1, keepdims=True)
            dz = (p - yb) / len(idx)
            dW2 = a.T @ dz
            db2 = dz.sum(axis=0)
            dh = (dz @ W2.T) * (h > 0)
            dW1 = xb.T @ dh
            db1 = dh.sum(axis=0)
            for q, g, v in zip(params, (dW1, db1, dW2, db2), vel):
                v *= 0.9
                v -= lr * g
                q += v
    return np.argmax(np.maximum(Xt @ W1 + b1, 0) @ W2 + b2, axis=1)
