"""Hidden suite for `cnn_classifier_forward`: every convention of the pipeline, stability, perf."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9))


def _net(rng, n, c, h, w, f, k, x_scale=1.0, fc_scale=None):
    d = f * (h // 2) * (w // 2)
    fc_scale = 1.0 / np.sqrt(d) if fc_scale is None else fc_scale
    return (rng.standard_normal((n, c, h, w)) * x_scale,
            rng.standard_normal((f, c, 3, 3)) / 3.0,
            rng.standard_normal(f) * 0.1,
            rng.standard_normal((d, k)) * fc_scale,
            rng.standard_normal(k) * 0.1)


@suite.cases
def conventions(rng):
    yield Case("basic", "N=2, C=3, 6x6 images, F=4 filters, K=5 classes",
               args=_net(rng, 2, 3, 6, 6, 4, 5))
    yield Case("flatten order", "N=3, C=2, 4x6 images, F=3, K=4: the dense layer reads the "
               "pooled maps flattened in (F, H, W) order", args=_net(rng, 3, 2, 4, 6, 3, 4))
    x, wc, bc, wf, bf = _net(rng, 2, 1, 5, 5, 2, 3)
    wc[:, :, 0, 0] += 2.0  # strongly asymmetric kernels: flipping them changes the output
    yield Case("asymmetric kernels", "asymmetric 3x3 kernels: cross-correlation, not flipped "
               "convolution", args=(x, wc, bc, wf, bf))
    yield Case("odd size", "N=2, C=2, 7x5 images: the conv keeps 7x5, the pool gives 3x2 "
               "(last row and column dropped)", args=_net(rng, 2, 2, 7, 5, 3, 4))
    yield Case("smallest image", "2x2 images: one pooled pixel per channel",
               args=_net(rng, 3, 2, 2, 2, 4, 3))
    yield Case("single sample and class", "N=1, K=1: the only probability is 1",
               args=_net(rng, 1, 3, 4, 4, 2, 1))
    x, wc, bc, wf, bf = _net(rng, 2, 2, 4, 4, 3, 4)
    yield Case("dead relu", "negative conv biases and x = 0: every ReLU output is 0, so the "
               "probabilities are softmax(b_fc)", args=(np.zeros_like(x), wc, -np.abs(bc) - 1.0, wf, bf))
    x, wc, bc, wf, bf = _net(rng, 4, 3, 6, 6, 2, 3)
    yield Case("all negative images", "x <= 0 everywhere, N=4, C=3, 6x6, F=2, K=3", args=(-np.abs(x), wc, bc, wf, bf))


@suite.cases
def stability(rng):
    yield Case("large logits", "logits of magnitude ~1e3 (exp overflows without the max shift)",
               args=_net(rng, 4, 3, 8, 8, 4, 6, x_scale=30.0, fc_scale=10.0))
    x, wc, bc, wf, bf = _net(rng, 3, 2, 4, 4, 2, 5)
    yield Case("huge negative bias", "b_fc around -1e4 for every class, different per class",
               args=(x, wc, bc, wf, bf - 1e4 + rng.standard_normal(5)))


@suite.cases
def random(rng):
    for k, (n, c, h, w, f, kk) in enumerate([(5, 3, 8, 8, 6, 10), (2, 4, 9, 12, 5, 7),
                                             (6, 1, 10, 6, 8, 3)]):
        yield Case(f"random {k + 1}", f"N={n}, C={c}, {h}x{w}, F={f}, K={kk}",
                   args=_net(rng, n, c, h, w, f, kk))


@suite.perf
def perf(rng):
    return Case("perf", "N=16, C=3, 32x32 images, F=16, K=10 (dense layer 4096 x 10)",
                args=_net(rng, 16, 3, 32, 32, 16, 10))
