"""Reference solution: backward pass of an affine layer y = x @ w + b."""



def linear_forward(x, w, b):
    """y = x @ w + b for x (N, D), w (D, M), b (M,); returns (N, M)."""
    return x @ w + b


def linear_backward(dout, x, w, b):
    """Return (dx, dw, db), the gradients of sum(dout * (x @ w + b)).

    dout (N, M), x (N, D), w (D, M), b (M,). Each gradient has the shape of its tensor.
    """
    dx = dout @ w.T  # (N, M) @ (M, D): every input row receives the weighted upstream grads
    dw = x.T @ dout  # (D, N) @ (N, M): a sum over the batch of outer products x_n dout_n^T
    db = dout.sum(axis=0)  # b is broadcast over the N rows, so its gradient sums them
    return dx, dw, db
