"""Hidden suite for `f1_score`: binary / macro / micro, zero-denominator rules, label sets."""

import numpy as np

from quizcli.suite import Case, Suite, allclose

suite = Suite(check=allclose(rtol=1e-9, atol=1e-12))


@suite.cases
def binary(rng):
    yield Case("binary small", "8 binary labels, average='binary' (default)",
               args=(np.array([1, 0, 1, 1, 0, 0, 1, 0]), np.array([1, 1, 0, 1, 0, 0, 1, 1])))
    yield Case("binary single", "one sample, true 1 predicted 1", args=(np.array([1]), np.array([1])))
    yield Case("binary no positives anywhere", "all zeros in both arrays: 2TP+FP+FN = 0, F1 = 0",
               args=(np.zeros(6, dtype=np.int64), np.zeros(6, dtype=np.int64)))
    yield Case("binary all wrong", "TP = 0 with FP > 0 and FN > 0: F1 = 0 (not NaN)",
               args=(np.array([1, 0, 1, 0]), np.array([0, 1, 0, 1])))
    yield Case("binary only false positives", "y_true has no 1, y_pred has some: F1 = 0",
               args=(np.array([0, 0, 0, 0, 0]), np.array([0, 1, 0, 1, 0])))
    yield Case("binary multiclass labels", "labels in {0,1,2}; 'binary' scores label 1 only "
               "(2 counts as 'not 1')",
               args=(np.array([1, 2, 1, 0, 2, 1, 2, 0]), np.array([1, 1, 2, 0, 2, 1, 1, 0])),
               kwargs={"average": "binary"})
    y = (rng.random(500) < 0.1).astype(np.int64)
    p = np.where(rng.random(500) < 0.85, y, 1 - y)
    yield Case("binary imbalanced", "500 samples, 10% positives, 15% of predictions flipped",
               args=(y, p))


@suite.cases
def multiclass(rng):
    yield Case("macro small", "3 classes, average='macro'",
               args=(np.array([0, 1, 2, 0, 1, 2, 0, 2]), np.array([0, 2, 1, 0, 1, 2, 1, 2])),
               kwargs={"average": "macro"})
    yield Case("micro small", "3 classes, average='micro' (pooled counts)",
               args=(np.array([0, 1, 2, 0, 1, 2, 0, 2]), np.array([0, 2, 1, 0, 1, 2, 1, 2])),
               kwargs={"average": "micro"})
    yield Case("macro label only in y_pred", "label 3 is predicted but never true: it counts "
               "in the macro mean with F1 = 0",
               args=(np.array([0, 1, 2, 0, 1, 2]), np.array([0, 1, 2, 3, 1, 3])),
               kwargs={"average": "macro"})
    yield Case("macro label only in y_true", "label 4 is true but never predicted: F1 = 0 for it",
               args=(np.array([0, 4, 1, 4, 1, 0, 4]), np.array([0, 0, 1, 1, 1, 0, 0])),
               kwargs={"average": "macro"})
    yield Case("macro non-contiguous labels", "labels {-1, 3, 10, 42}, not 0..K-1",
               args=(rng.choice([-1, 3, 10, 42], 60), rng.choice([-1, 3, 10, 42], 60)),
               kwargs={"average": "macro"})
    yield Case("macro all wrong", "every prediction wrong: macro F1 = 0",
               args=(np.array([0, 1, 2, 0]), np.array([1, 2, 0, 2])), kwargs={"average": "macro"})
    yield Case("macro perfect", "perfect predictions: F1 = 1",
               args=(np.array([2, 0, 1, 1, 5]), np.array([2, 0, 1, 1, 5])), kwargs={"average": "macro"})
    yield Case("macro single label", "every label is 7 in both arrays",
               args=(np.full(4, 7), np.full(4, 7)), kwargs={"average": "macro"})
    y = rng.choice(5, 400, p=[0.6, 0.2, 0.1, 0.07, 0.03])
    p = np.where(rng.random(400) < 0.7, y, rng.integers(0, 5, 400))
    yield Case("macro imbalanced", "400 samples, 5 imbalanced classes",
               args=(y, p), kwargs={"average": "macro"})
    yield Case("micro imbalanced", "the same data, average='micro'",
               args=(y.copy(), p.copy()), kwargs={"average": "micro"})
    y = rng.integers(0, 2, 50)
    p = rng.integers(0, 2, 50)
    yield Case("macro on binary labels", "binary labels with average='macro': mean of the F1 of "
               "label 0 and label 1", args=(y, p), kwargs={"average": "macro"})


@suite.perf
def perf(rng):
    y = rng.integers(0, 20, 100_000)
    p = np.where(rng.random(100_000) < 0.6, y, rng.integers(0, 20, 100_000))
    return Case("perf", "100,000 samples, 20 classes, average='macro'",
                args=(y, p), kwargs={"average": "macro"})
