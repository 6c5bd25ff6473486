# Wrong: multiplies the (possibly int32) throughput by 3600 before converting to float, which
# overflows int32 above ~596k tokens/s; it also keeps the input dtype (float32 in, float32 out).
import numpy as np


def cost_per_million_tokens(gpu_hour_price, input_tokens_per_second, output_tokens_per_second,
                            input_fraction, utilization=1.0):
    tin = np.asarray(input_tokens_per_second)
    tout = np.asarray(output_tokens_per_second)
    frac = np.asarray(input_fraction)
    shape = np.broadcast_shapes(np.shape(gpu_hour_price), tin.shape, tout.shape, frac.shape,
                                np.shape(utilization))
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        input_cost = gpu_hour_price * 1e6 / (tin * 3600 * utilization)
        output_cost = gpu_hour_price * 1e6 / (tout * 3600 * utilization)
        blended = (np.where(frac > 0, frac * input_cost, 0.0)
                   + np.where(frac < 1, (1 - frac) * output_cost, 0.0))
    out = tuple(np.broadcast_to(c, shape).copy() for c in (input_cost, output_cost, blended))
    return out if shape else tuple(o[()] for o in out)
