"""Hidden suite for `expected_calibration_error`: right-closed bins, argmax ties, weighting."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-7, atol=1e-10))


def _softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


@suite.cases
def edge_cases(rng):
    yield Case("single sample correct", "one sample, confidence 0.8, correct: ECE 0.2",
               args=(np.array([[0.2, 0.8]]), np.array([1])))
    yield Case("perfectly confident and right", "one-hot probabilities, all correct: ECE 0",
               args=(np.eye(4)[[0, 2, 1, 3, 3]], np.array([0, 2, 1, 3, 3])))
    yield Case("confidently wrong", "one-hot probabilities, all wrong: ECE 1 (confidence 1.0 "
               "belongs to the last bin)", args=(np.eye(3)[[0, 1, 2]], np.array([1, 2, 0])))
    yield Case("confidence on bin edges", "confidences exactly 0.5, 0.75, 1.0 with n_bins=4: "
               "each belongs to the bin it closes, (0.25, 0.5], (0.5, 0.75], (0.75, 1]",
               args=(np.array([[0.5, 0.5], [0.25, 0.75], [0.0, 1.0], [0.5, 0.5],
                               [0.75, 0.25], [0.6, 0.4], [0.3, 0.7]]),
                     np.array([1, 1, 0, 0, 0, 0, 1])), kwargs={"n_bins": 4})
    yield Case("argmax tie", "rows with two equal maxima: the first index is the prediction",
               args=(np.array([[0.4, 0.4, 0.2], [0.1, 0.45, 0.45], [0.3, 0.3, 0.4],
                               [0.45, 0.1, 0.45]]), np.array([1, 1, 2, 0])))
    yield Case("uniform over 2 classes", "every row [0.5, 0.5] with n_bins=10: confidence 0.5 "
               "is in bin (0.4, 0.5]", args=(np.full((6, 2), 0.5), np.array([0, 1, 0, 0, 1, 0])))
    yield Case("all-zero rows", "rows of zeros (unnormalised scores): confidence 0 goes to bin 0, "
               "prediction is class 0",
               args=(np.array([[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], [0.1, 0.7, 0.2]]),
                     np.array([0, 2, 1])))
    yield Case("one bin", "n_bins=1: |overall accuracy - mean confidence|",
               args=(_softmax(rng.standard_normal((50, 5)) * 2), rng.integers(0, 5, 50)),
               kwargs={"n_bins": 1})
    yield Case("binary 2 columns", "two-class probabilities (confidence >= 0.5), 15 bins",
               args=(np.stack([p := rng.random(80), 1 - p], axis=1), rng.integers(0, 2, 80)),
               kwargs={"n_bins": 15})


@suite.cases
def random(rng):
    for i, (n, c, temp, bins) in enumerate([(100, 3, 1.0, 10), (500, 10, 3.0, 10),
                                              (1000, 5, 0.5, 20), (2000, 100, 2.0, 15)]):
        logits = rng.standard_normal((n, c)) * temp
        labels = np.where(rng.random(n) < 0.6, logits.argmax(axis=1), rng.integers(0, c, n))
        yield Case(f"random {i + 1}", f"N={n}, C={c} softmax probabilities, n_bins={bins}",
                   args=(_softmax(logits), labels), kwargs={"n_bins": bins})
    logits = rng.standard_normal((300, 4)) * 8
    yield Case("overconfident", "300 samples, sharp softmax (most confidences near 1), "
               "labels mostly random",
               args=(_softmax(logits), np.where(rng.random(300) < 0.3, logits.argmax(axis=1),
                                                rng.integers(0, 4, 300))))
    p = rng.multinomial(8, [0.5, 0.3, 0.2], size=400) / 8.0
    yield Case("probabilities in eighths", "rows are multiples of 1/8 (exact in binary), n_bins=8: "
               "most confidences sit exactly on a bin edge", args=(p, rng.integers(0, 3, 400)),
               kwargs={"n_bins": 8})
    yield Case("eighths, 4 bins", "the same rows with n_bins=4 (edges 0.25, 0.5, 0.75, 1)",
               args=(p.copy(), rng.integers(0, 3, 400)), kwargs={"n_bins": 4})
    yield Case("float32 probabilities", "float32 input, 200 x 6",
               args=(_softmax(rng.standard_normal((200, 6)) * 2).astype(np.float32),
                     rng.integers(0, 6, 200)), check=allclose(rtol=1e-5, atol=1e-7))


@suite.perf
def perf(rng):
    logits = rng.standard_normal((100_000, 10)) * 2
    labels = np.where(rng.random(100_000) < 0.7, logits.argmax(axis=1),
                      rng.integers(0, 10, 100_000))
    return Case("perf", "N=100,000, C=10, n_bins=15", args=(_softmax(logits), labels),
                kwargs={"n_bins": 15})
