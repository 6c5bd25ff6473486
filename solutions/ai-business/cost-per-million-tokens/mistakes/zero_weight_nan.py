# Wrong: blends with f*input_cost + (1-f)*output_cost directly, so a zero weight times an
# infinite cost gives NaN (e.g. an output-only workload on a config with zero input throughput).
import numpy as np


def cost_per_million_tokens(gpu_hour_price, input_tokens_per_second, output_tokens_per_second,
                            input_fraction, utilization=1.0):
    price, tin, tout, frac, util = np.broadcast_arrays(*(
        np.asarray(v, dtype=np.float64)
        for v in (gpu_hour_price, input_tokens_per_second, output_tokens_per_second,
                  input_fraction, utilization)))
    with np.errstate(divide="ignore", invalid="ignore"):
        input_cost = price / (3600 * tin * util) * 1e6
        output_cost = price / (3600 * tout * util) * 1e6
        blended = frac * input_cost + (1 - frac) * output_cost
    return input_cost[()], output_cost[()], blended[()]
