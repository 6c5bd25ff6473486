"""Hidden suite for `attention_backward`: finite-difference checks, masks, stability, batching."""

import numpy as np
import reference

from quizcli.suite import Case, Suite, allclose, grad_check

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=("dq", "dk", "dv"))


def objective(dout, q, k, v, mask=None):
    return np.sum(dout * reference.attention_forward(q, k, v, mask))


GRAD = allclose(rtol=1e-6, atol=1e-9) & grad_check(objective, wrt=[1, 2, 3], outputs=[0, 1, 2])


def _args(rng, lead, lq, lk, d, dv, scale=1.0):
    q = rng.standard_normal((*lead, lq, d)) * scale
    k = rng.standard_normal((*lead, lk, d)) * scale
    v = rng.standard_normal((*lead, lk, dv))
    dout = rng.standard_normal((*lead, lq, dv))
    return dout, q, k, v


@suite.cases
def gradient_checks(rng):
    yield Case("grad check 2-D", "Lq=3, Lk=4, d=2, dv=3, no mask: all three gradients vs "
               "finite differences", args=_args(rng, (), 3, 4, 2, 3), check=GRAD)
    yield Case("grad check batched", "(2, 4, 3) inputs with Lq = Lk = 4, no mask",
               args=_args(rng, (2,), 4, 4, 3, 2), check=GRAD)
    causal = np.tril(np.ones((4, 4), dtype=bool))
    yield Case("grad check causal", "(2, 2, 4, 3) inputs with a broadcast (4, 4) causal mask",
               args=_args(rng, (2, 2), 4, 4, 3, 3), kwargs={"mask": causal}, check=GRAD)
    mask = rng.random((2, 3, 5)) < 0.6
    mask[0, 2, :] = False
    mask[1, :, 0] = True
    yield Case("grad check fully masked row", "random (2, 3, 5) mask with one fully masked row "
               "(its gradients are zero)", args=_args(rng, (2,), 3, 5, 2, 2),
               kwargs={"mask": mask}, check=GRAD)
    yield Case("grad check peaked softmax", "q, k scaled by 2.5 (sharp weights), Lq=4, Lk=3",
               args=_args(rng, (), 4, 3, 3, 2, scale=2.5), check=GRAD)


@suite.cases
def edge_cases(rng):
    yield Case("single key", "Lk = 1: the weights are constant 1, so dq = dk = 0 and dv = "
               "sum of dout", args=_args(rng, (2,), 3, 1, 4, 2))
    yield Case("single everything", "Lq = Lk = d = dv = 1", args=_args(rng, (), 1, 1, 1, 1))
    dout, q, k, v = _args(rng, (), 4, 5, 3, 2)
    yield Case("zero dout", "dout = 0: all gradients are zero",
               args=(np.zeros_like(dout), q, k, v))
    dout, q, k, v = _args(rng, (), 3, 6, 4, 2)
    yield Case("zero queries", "q = 0: uniform weights, and dk = dS^T q / sqrt(d) = 0", args=(dout, np.zeros_like(q), k, v))
    yield Case("everything masked", "an all-False mask: every gradient is zero",
               args=_args(rng, (), 3, 4, 2, 2), kwargs={"mask": np.zeros((3, 4), dtype=bool)})
    yield Case("large scores", "q, k scaled by 40 (scores ~ 1e3-1e4): must stay finite",
               args=_args(rng, (2,), 5, 6, 8, 3, scale=40.0))
    lengths = np.array([6, 3])
    pad = (np.arange(6)[None, :] < lengths[:, None])[:, None, None, :]
    yield Case("padding mask (B, 1, 1, Lk)", "(2, 3, 4, 5) queries, 6 keys, key lengths 6 and 3",
               args=_args(rng, (2, 3), 4, 6, 5, 4), kwargs={"mask": pad})


@suite.cases
def random(rng):
    for i, (lead, lq, lk, d, dv) in enumerate([((), 7, 9, 5, 3), ((3, 2), 6, 6, 8, 8),
                                                ((2,), 10, 4, 6, 12)]):
        args = _args(rng, lead, lq, lk, d, dv, scale=1.5)
        yield Case(f"random {i + 1}", f"q {args[1].shape}, k {args[2].shape}, v {args[3].shape}",
                   args=args)


@suite.perf
def perf(rng):
    causal = np.tril(np.ones((128, 128), dtype=bool))
    return Case("perf", "B=2, H=4, L=128, d=64 with a causal mask",
                args=_args(rng, (2, 4), 128, 128, 64, 64), kwargs={"mask": causal})
