"""Hidden suite for `transformer_param_count`: known models and every option, exact ints."""

import numpy as np

from quizcli.suite import Case, Suite, custom


def _exact_int(got, case, expected):
    if isinstance(got, bool | np.bool_) or not isinstance(got, int | np.integer):
        return f"expected a Python int, got {type(got).__name__} {got!r}"
    if int(got) != int(expected):
        diff = int(got) - int(expected)
        return f"expected {int(expected):,} parameters, got {int(got):,} (off by {diff:+,})"
    return None


suite = Suite(check=custom(_exact_int))


@suite.cases
def known_models(rng):
    yield Case("gpt2 small", "GPT-2 small: V=50257, d=768, 12 layers, 12 heads, d_ff=3072, "
               "1024 learned positions, tied (124,439,808)",
               args=(50257, 768, 12, 12, 3072), kwargs={"n_positions": 1024})
    yield Case("gpt2 medium", "GPT-2 medium: d=1024, 24 layers, 16 heads, d_ff=4096, 1024 positions",
               args=(50257, 1024, 24, 16, 4096, True, 1024))
    yield Case("gpt2 xl", "GPT-2 XL: d=1600, 48 layers, 25 heads, d_ff=6400, 1024 positions",
               args=(50257, 1600, 48, 25, 6400), kwargs={"n_positions": 1024})
    yield Case("gpt2 small untied", "GPT-2 small with a separate LM head",
               args=(50257, 768, 12, 12, 3072), kwargs={"n_positions": 1024,
                                                        "tied_embeddings": False})
    yield Case("llama 2 7b", "Llama-2-7B: V=32000, d=4096, 32 layers, d_ff=11008, untied, no "
               "bias, RMSNorm, SwiGLU, RoPE (no learned positions)",
               args=(32000, 4096, 32, 32, 11008),
               kwargs={"tied_embeddings": False, "bias": False, "norm": "rmsnorm", "mlp": "swiglu"})
    yield Case("llama 3 8b", "Llama-3-8B: V=128256, d=4096, 32 layers, 32 heads, 8 KV heads "
               "(GQA), d_ff=14336, untied, no bias, RMSNorm, SwiGLU",
               args=(128256, 4096, 32, 32, 14336, False, 0, 8, False, "rmsnorm", "swiglu"))


@suite.cases
def options(rng):
    yield Case("defaults", "tiny model with all defaults: V=10, d=4, 1 layer, 2 heads, d_ff=8",
               args=(10, 4, 1, 2, 8))
    yield Case("zero layers", "n_layers = 0: embeddings + final norm only",
               args=(100, 16, 0, 4, 64), kwargs={"n_positions": 32})
    yield Case("no bias layernorm", "bias=False with LayerNorm (norms keep their bias)",
               args=(1000, 64, 3, 8, 256), kwargs={"bias": False})
    yield Case("multi-query", "n_kv_heads = 1 (MQA), d=128, 8 heads",
               args=(500, 128, 2, 8, 512), kwargs={"n_kv_heads": 1})
    yield Case("gqa with bias", "n_kv_heads = 4 of 16 heads, biases on",
               args=(777, 256, 2, 16, 1024), kwargs={"n_kv_heads": 4, "n_positions": 128})
    yield Case("swiglu with bias", "SwiGLU MLP with biases and LayerNorm",
               args=(300, 32, 2, 4, 96), kwargs={"mlp": "swiglu"})
    yield Case("rmsnorm gelu untied", "RMSNorm + GELU MLP, untied, 64 learned positions",
               args=(50, 24, 3, 3, 100),
               kwargs={"norm": "rmsnorm", "tied_embeddings": False, "n_positions": 64})
    for i in range(3):
        h = int(rng.choice([1, 2, 4, 8]))
        d = h * int(rng.integers(2, 33))
        kv = int(rng.choice([k for k in (1, 2, 4, 8) if h % k == 0]))
        kw = {"tied_embeddings": bool(rng.random() < 0.5), "n_positions": int(rng.integers(0, 2048)),
              "n_kv_heads": kv, "bias": bool(rng.random() < 0.5),
              "norm": str(rng.choice(["layernorm", "rmsnorm"])), "mlp": str(rng.choice(["gelu", "swiglu"]))}
        args = (int(rng.integers(2, 60000)), d, int(rng.integers(1, 13)), h, int(rng.integers(1, 8 * d)))
        yield Case(f"random {i + 1}", f"random config {args} with {kw}", args=args, kwargs=kw)


@suite.perf
def perf(rng):
    return Case("perf", "a 1T-scale config: V=256000, d=25600, 128 layers, 200 heads, 16 KV heads",
                args=(256000, 25600, 128, 200, 102400, False, 0, 16, False, "rmsnorm", "swiglu"))
