# Wrong: mixed-precision Adam without the fp32 master copy of the weights (12 bytes/param instead of 16).
def training_memory_estimate(n_params, optimizer="adam", precision="mixed", zero_stage=0, n_gpus=1):
    k = {"adam": 2, "momentum": 1, "sgd": 0}[optimizer]
    if precision == "mixed":
        w, g, o = 2, 2, 4 * k
    else:
        w, g, o = 4, 4, 4 * k
    shard = -(-n_params // n_gpus)
    weights = w * (shard if zero_stage >= 3 else n_params)
    grads = g * (shard if zero_stage >= 2 else n_params)
    opt = o * (shard if zero_stage >= 1 else n_params)
    return {"weights": weights, "grads": grads, "optimizer": opt, "total": weights + grads + opt}
