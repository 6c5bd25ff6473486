"""Per-GPU memory of the model states (weights, gradients, optimiser state), ZeRO-style."""

# bytes per parameter: (weights, grads, optimiser state)
_STATES = {"adam": 2, "momentum": 1, "sgd": 0}  # fp32 optimiser tensors per parameter


def training_memory_estimate(n_params, optimizer="adam", precision="mixed", zero_stage=0,
                             n_gpus=1):
    k = _STATES[optimizer]
    if precision == "mixed":
        w, g, o = 2, 2, 4 + 4 * k   # fp16/bf16 weights + grads; fp32 master copy + k states
    elif precision == "fp32":
        w, g, o = 4, 4, 4 * k       # the fp32 weights are the master copy
    else:
        raise ValueError(f"unknown precision {precision!r}")
    shard = -(-n_params // n_gpus)  # ceil: every rank holds an equal, padded partition
    weights = w * (shard if zero_stage >= 3 else n_params)
    grads = g * (shard if zero_stage >= 2 else n_params)
    opt = o * (shard if zero_stage >= 1 else n_params)
    return {"weights": int(weights), "grads": int(grads), "optimizer": int(opt),
            "total": int(weights + grads + opt)}
