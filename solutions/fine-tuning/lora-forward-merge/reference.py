"""Reference solution: a LoRA linear layer's forward pass and its merged weight."""



def lora_forward_merge(x, W, A, B, alpha, r):
    """y = x @ W + (alpha / r) * (x @ A) @ B and W_merged = W + (alpha / r) * A @ B.

    x: (N, d_in); W: (d_in, d_out) (layout y = x @ W); A: (d_in, r); B: (r, d_out).
    alpha, r: numbers (true division, so alpha=8, r=16 gives scale 0.5). Inputs are not modified.
    """
    scale = float(alpha) / float(r)
    # Low-rank path: (N, d_in) @ (d_in, r) -> (N, r) -> (N, d_out); never forms the
    # d_in x d_out update during training, which is what makes LoRA cheap.
    y = x @ W + scale * ((x @ A) @ B)
    # For inference the update is folded into the base weight once: a new array, W untouched.
    W_merged = W + scale * (A @ B)
    return y, W_merged
