# Wrong: forgets the final LayerNorm before the LM head (off by 2*d_model for GPT-2).
def transformer_param_count(vocab, d_model, n_layers, n_heads, d_ff, tied_embeddings=True,
                            n_positions=0, n_kv_heads=None, bias=True, norm="layernorm",
                            mlp="gelu"):
    d, f = d_model, d_ff
    kv = n_heads if n_kv_heads is None else n_kv_heads
    d_kv = kv * (d // n_heads)
    b = 1 if bias else 0
    ns = 2 * d if norm == "layernorm" else d
    attn = 2 * (d * d + b * d) + 2 * (d * d_kv + b * d_kv)
    n_mats = 2 if mlp == "gelu" else 3
    ffn = (n_mats - 1) * (d * f + b * f) + f * d + b * d
    total = vocab * d + n_positions * d + n_layers * (attn + ffn + 2 * ns)
    if not tied_embeddings:
        total += vocab * d
    return int(total)
