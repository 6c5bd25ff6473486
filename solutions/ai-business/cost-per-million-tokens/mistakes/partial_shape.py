# Wrong: input_cost and output_cost keep the broadcast shape of only their own arguments, not
# the full broadcast shape of all five arguments that the contract requires.
import numpy as np


def cost_per_million_tokens(gpu_hour_price, input_tokens_per_second, output_tokens_per_second,
                            input_fraction, utilization=1.0):
    price = np.asarray(gpu_hour_price, dtype=np.float64)
    tin = np.asarray(input_tokens_per_second, dtype=np.float64)
    tout = np.asarray(output_tokens_per_second, dtype=np.float64)
    frac = np.asarray(input_fraction, dtype=np.float64)
    util = np.asarray(utilization, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        input_cost = price / 3600 / (tin * util) * 1e6
        output_cost = price / 3600 / (tout * util) * 1e6
        blended = (np.where(frac > 0, frac * input_cost, 0.0)
                   + np.where(frac < 1, (1 - frac) * output_cost, 0.0))
    return input_cost[()], output_cost[()], blended[()]
