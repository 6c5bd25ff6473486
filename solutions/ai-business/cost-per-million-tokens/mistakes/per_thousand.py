# Wrong: prices per 1,000 tokens (x 1e3) instead of per million tokens (x 1e6).
import numpy as np


def cost_per_million_tokens(gpu_hour_price, input_tokens_per_second, output_tokens_per_second,
                            input_fraction, utilization=1.0):
    price, tin, tout, frac, util = np.broadcast_arrays(*(
        np.asarray(v, dtype=np.float64)
        for v in (gpu_hour_price, input_tokens_per_second, output_tokens_per_second,
                  input_fraction, utilization)))
    with np.errstate(divide="ignore", invalid="ignore"):
        input_cost = price / (3600 * tin * util) * 1e3
        output_cost = price / (3600 * tout * util) * 1e3
        blended = (np.where(frac > 0, frac * input_cost, 0.0)
                   + np.where(frac < 1, (1 - frac) * output_cost, 0.0))
    return input_cost[()], output_cost[()], blended[()]
