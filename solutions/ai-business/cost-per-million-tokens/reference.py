import numpy as np


def cost_per_million_tokens(gpu_hour_price, input_tokens_per_second, output_tokens_per_second,
                            input_fraction, utilization=1.0):
    """USD per 1M tokens for input, output and a blended input/output traffic mix.

    All arguments are scalars or arrays that broadcast together. Returns
    (input_cost, output_cost, blended_cost): float64 arrays of the broadcast shape of all five
    arguments (NumPy float64 scalars when every argument is a scalar). Zero effective throughput
    gives inf; a token kind with weight 0 contributes 0 to the blend even when its cost is inf.
    """
    price, tin, tout, frac, util = np.broadcast_arrays(*(
        np.asarray(v, dtype=np.float64)  # float64 before any arithmetic: no int32 overflow
        for v in (gpu_hour_price, input_tokens_per_second, output_tokens_per_second,
                  input_fraction, utilization)))
    usd_per_second = price / 3600.0
    with np.errstate(divide="ignore", invalid="ignore"):
        # effective throughput = tokens/s while busy x share of paid time that is busy
        input_cost = usd_per_second / (tin * util) * 1e6
        output_cost = usd_per_second / (tout * util) * 1e6
        # seconds per token add up (harmonic mix of throughputs), so costs blend linearly
        w_in, w_out = frac, 1.0 - frac
        blended = (np.where(w_in > 0, w_in * input_cost, 0.0)
                   + np.where(w_out > 0, w_out * output_cost, 0.0))
    return input_cost[()], output_cost[()], blended[()]
