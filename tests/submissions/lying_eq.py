# expect: wrong_answer
import numpy as np


class Liar(np.ndarray):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False


class Anything:
    shape = ()
    dtype = np.dtype("float64")

    def __eq__(self, other):
        return True

    def __array__(self, *a, **k):
        raise RuntimeError("no")


def scale(x, k=2.0):
    if x.size % 2:
        return Anything()
    return np.zeros(x.shape).view(Liar)
