# Wrong: uses the 12 * L * d^2 rule of thumb (assumes d_ff = 4d, full MHA, ignores biases and norms) instead of counting exactly.
def transformer_param_count(vocab, d_model, n_layers, n_heads, d_ff, tied_embeddings=True,
                            n_positions=0, n_kv_heads=None, bias=True, norm="layernorm",
                            mlp="gelu"):
    total = 12 * n_layers * d_model ** 2 + vocab * d_model + n_positions * d_model
    if not tied_embeddings:
        total += vocab * d_model
    return int(total)
