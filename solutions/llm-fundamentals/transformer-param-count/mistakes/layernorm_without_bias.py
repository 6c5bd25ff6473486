# Wrong: counts every norm as d_model parameters, forgetting the LayerNorm bias (beta).
def transformer_param_count(vocab, d_model, n_layers, n_heads, d_ff, tied_embeddings=True,
                            n_positions=0, n_kv_heads=None, bias=True, norm="layernorm",
                            mlp="gelu"):
    d, f = d_model, d_ff
    kv = n_heads if n_kv_heads is None else n_kv_heads
    d_kv = kv * (d // n_heads)
    b = 1 if bias else 0
    attn = 2 * (d * d + b * d) + 2 * (d * d_kv + b * d_kv)
    if mlp == "gelu":
        ffn = d * f + b * f + f * d + b * d
    else:
        ffn = 2 * (d * f + b * f) + f * d + b * d
    total = vocab * d + n_positions * d + n_layers * (attn + ffn + 2 * d) + d
    if not tied_embeddings:
        total += vocab * d
    return int(total)
