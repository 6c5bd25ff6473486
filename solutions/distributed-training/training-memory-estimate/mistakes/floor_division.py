# Wrong: divides the bytes with floor division (n_params * b // n_gpus) instead of padding each shard to ceil(n_params / n_gpus).
def training_memory_estimate(n_params, optimizer="adam", precision="mixed", zero_stage=0, n_gpus=1):
    k = {"adam": 2, "momentum": 1, "sgd": 0}[optimizer]
    w, g, o = (2, 2, 4 + 4 * k) if precision == "mixed" else (4, 4, 4 * k)
    weights = w * n_params // n_gpus if zero_stage >= 3 else w * n_params
    grads = g * n_params // n_gpus if zero_stage >= 2 else g * n_params
    opt = o * n_params // n_gpus if zero_stage >= 1 else o * n_params
    return {"weights": weights, "grads": grads, "optimizer": opt, "total": weights + grads + opt}
