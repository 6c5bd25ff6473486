"""Hidden suite for `ppo_clipped_objective`: both sides of the clip, both advantage signs."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-6, atol=1e-9), outputs=("loss", "clip_fraction"))


def _away_from_boundary(logp_new, logp_old, eps):
    """Nudge log-ratios that land within 1e-6 of log(1 -+ eps): the tie rule is not tested."""
    d = logp_new - logp_old
    for edge in (np.log1p(-eps), np.log1p(eps)):
        close = np.abs(d - edge) < 1e-6
        d = np.where(close, edge + 1e-3, d)
    return logp_old + d


def _batch(rng, shape, spread=0.3, eps=0.2):
    logp_old = -rng.uniform(0.05, 8.0, shape)
    logp_new = logp_old + rng.standard_normal(shape) * spread
    adv = rng.standard_normal(shape)
    return _away_from_boundary(logp_new, logp_old, eps), logp_old, adv


@suite.cases
def edge_cases(rng):
    old = -rng.uniform(0.1, 5.0, 6)
    adv = rng.standard_normal(6)
    yield Case("on-policy", "logp_new == logp_old (first epoch): ratio 1, loss = -mean(A), "
               "nothing clipped", args=(old.copy(), old, adv))
    yield Case("single element", "one token with ratio e^0.5 and A = 1.5",
               args=(np.array([-1.0]), np.array([-1.5]), np.array([1.5])))
    d = np.log(np.array([0.5, 0.7, 0.9, 1.1, 1.3, 2.0]))
    old = -rng.uniform(0.1, 5.0, 6)
    yield Case("positive advantages", "ratios 0.5..2.0, A > 0: the min caps ratios above 1+eps "
               "but keeps those below 1-eps", args=(old + d, old, np.abs(rng.standard_normal(6)) + 0.1))
    yield Case("negative advantages", "ratios 0.5..2.0, A < 0: the min caps ratios below 1-eps "
               "but keeps those above 1+eps", args=(old + d, old, -np.abs(rng.standard_normal(6)) - 0.1))
    yield Case("zero advantages", "A = 0: loss 0, clip fraction still counts the ratios",
               args=(old + d, old, np.zeros(6)))
    new, old, adv = _batch(rng, (4, 7), spread=8.0)
    yield Case("extreme ratios", "log-ratios of size ~8 (ratios from ~1e-8 to ~1e8)",
               args=(new, old, adv))
    new, old, adv = _batch(rng, (3, 5), spread=0.5, eps=0.1)
    yield Case("clip_eps 0.1 keyword", "clip_eps = 0.1 passed by keyword",
               args=(new, old, adv), kwargs={"clip_eps": 0.1})
    new, old, adv = _batch(rng, (3, 5), spread=0.5, eps=0.3)
    yield Case("clip_eps 0.3 positional", "clip_eps = 0.3 passed positionally",
               args=(new, old, adv, 0.3))


@suite.cases
def random(rng):
    for i, (shape, spread) in enumerate([((10,), 0.1), ((8, 16), 0.3), ((4, 32, 3), 0.6),
                                         ((64, 50), 1.0)]):
        new, old, adv = _batch(rng, shape, spread)
        yield Case(f"random {i + 1}", f"shape {shape}, log-ratio std {spread:g}",
                   args=(new, old, adv))


@suite.perf
def perf(rng):
    new, old, adv = _batch(rng, (64, 4096), 0.3)
    return Case("perf", "(64, 4096) tokens", args=(new, old, adv))
