# Wrong: blends the throughputs (f*in_tps + (1-f)*out_tps) instead of the costs: seconds per
# token add up, so the fast input throughput dominates and the blended cost comes out far too low.
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
        mixed_tps = frac * tin + (1 - frac) * tout
        blended = price / (3600 * mixed_tps * util) * 1e6
    return input_cost[()], output_cost[()], blended[()]
