# Wrong: ignores n_kv_heads and counts full-width K and V projections (no GQA/MQA saving).
def transformer_param_count(vocab, d_model, n_layers, n_heads, d_ff, tied_embeddings=True,
                            n_positions=0, n_kv_heads=None, bias=True, norm="layernorm",
                            mlp="gelu"):
    d, f = d_model, d_ff
    b = 1 if bias else 0
    ns = 2 * d if norm == "layernorm" else d
    attn = 4 * (d * d + b * d)
    if mlp == "gelu":
        ffn = d * f + b * f + f * d + b * d
    else:
        ffn = 2 * (d * f + b * f) + f * d + b * d
    total = vocab * d + n_positions * d + n_layers * (attn + ffn + 2 * ns) + ns
    if not tied_embeddings:
        total += vocab * d
    return int(total)
