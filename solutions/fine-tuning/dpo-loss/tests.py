"""Hidden suite for `dpo_loss`: values, extreme margins, beta, gradient checks."""

import numpy as np
import reference

from quizcli.suite import Case, Suite, allclose, grad_check

OUTPUTS = ("loss", "chosen_rewards", "rejected_rewards", "grad_policy_chosen",
           "grad_policy_rejected")
suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=OUTPUTS)


def objective(pc, pr, rc, rr, beta=0.1):
    return reference.dpo_loss(pc, pr, rc, rr, beta)[0]


# The two gradients (outputs 3 and 4) against central finite differences of the loss.
GRAD = allclose(rtol=1e-6, atol=1e-9) & grad_check(objective, wrt=[0, 1], outputs=[3, 4])


def _pairs(rng, n, spread=1.0):
    """Realistic summed log-probs: reference values around -50..-300, policy nearby."""
    rc = -rng.uniform(50, 300, n)
    rr = -rng.uniform(50, 300, n)
    pc = rc + rng.standard_normal(n) * 5 * spread
    pr = rr + rng.standard_normal(n) * 5 * spread
    return pc, pr, rc, rr


@suite.cases
def edge_cases(rng):
    pc, pr, rc, rr = _pairs(rng, 5)
    yield Case("policy equals reference", "policy log-probs == reference: loss = log 2, rewards 0",
               args=(rc.copy(), rr.copy(), rc, rr))
    pc, pr, rc, rr = _pairs(rng, 1)
    yield Case("single pair", "N = 1", args=(pc, pr, rc, rr), check=GRAD)
    pc, pr, rc, rr = _pairs(rng, 6)
    margin = np.array([2e4, -2e4, 5e3, -5e3, 1e3, -1e3])
    yield Case("extreme margins", "policy log-ratio margins of +-1e3..2e4 with beta = 0.5: "
               "-log(sigmoid(z)) overflows or gives inf; the loss must stay finite",
               args=(pc + margin / 2, pr - margin / 2, pc, pr), kwargs={"beta": 0.5})
    pc, pr, rc, rr = _pairs(rng, 4)
    yield Case("large negative margin", "every pair strongly mis-ranked (margin -3e3, beta 1): "
               "loss ~ -z, gradients ~ -+beta/N", args=(pc - 1500, pr + 1500, pc, pr),
               kwargs={"beta": 1.0})
    pc, pr, rc, rr = _pairs(rng, 5)
    yield Case("chosen equals rejected", "identical chosen and rejected responses: margin 0 "
               "whatever the policy does", args=(pc, pc.copy(), rc, rc.copy()))
    pc, pr, rc, rr = _pairs(rng, 7)
    yield Case("beta positional", "beta = 0.3 passed positionally", args=(pc, pr, rc, rr, 0.3))


@suite.cases
def gradient_checks(rng):
    for i, (n, beta) in enumerate([(3, 0.1), (6, 0.5), (8, 0.05)]):
        pc, pr, rc, rr = _pairs(rng, n, spread=4.0)
        yield Case(f"gradient check {i + 1}", f"N={n}, beta={beta}: gradients against finite "
                   "differences of the loss", args=(pc, pr, rc, rr), kwargs={"beta": beta},
                   check=GRAD)


@suite.cases
def random(rng):
    for i, (n, beta, spread) in enumerate([(16, 0.1, 1.0), (33, 0.2, 3.0), (100, 0.01, 10.0),
                                            (64, 1.0, 0.5)]):
        pc, pr, rc, rr = _pairs(rng, n, spread)
        yield Case(f"random {i + 1}", f"N={n}, beta={beta}, policy drift x{spread:g}",
                   args=(pc, pr, rc, rr), kwargs={"beta": beta})


@suite.perf
def perf(rng):
    pc, pr, rc, rr = _pairs(rng, 100_000, 3.0)
    return Case("perf", "N=100000 pairs, beta=0.1", args=(pc, pr, rc, rr))
