"""Reference solution: exact parameter count of a GPT-style decoder-only Transformer."""


def transformer_param_count(vocab, d_model, n_layers, n_heads, d_ff, tied_embeddings=True,
                            n_positions=0, n_kv_heads=None, bias=True, norm="layernorm",
                            mlp="gelu"):
    """Number of trainable parameters (a Python int); every term is listed below."""
    vocab, d, L, H, f = int(vocab), int(d_model), int(n_layers), int(n_heads), int(d_ff)
    kv = H if n_kv_heads is None else int(n_kv_heads)
    d_head = d // H
    d_kv = kv * d_head                       # width of the K and V projections (GQA/MQA)
    b = 1 if bias else 0
    norm_size = 2 * d if norm == "layernorm" else d   # LayerNorm: gain + bias; RMSNorm: gain

    embeddings = vocab * d + int(n_positions) * d     # token embedding + learned positions
    attn = d * d + b * d                 # W_Q (+ bias)
    attn += 2 * (d * d_kv + b * d_kv)    # W_K, W_V (+ biases)
    attn += d * d + b * d                # W_O (+ bias)
    if mlp == "gelu":                    # up (d -> f) and down (f -> d)
        ffn = d * f + b * f + f * d + b * d
    else:                                # "swiglu": gate and up (d -> f), down (f -> d)
        ffn = 2 * (d * f + b * f) + f * d + b * d
    per_layer = attn + ffn + 2 * norm_size            # two norms per block (pre-LN)
    final_norm = norm_size
    lm_head = 0 if tied_embeddings else vocab * d     # never a bias on the LM head
    return int(embeddings + L * per_layer + final_norm + lm_head)
