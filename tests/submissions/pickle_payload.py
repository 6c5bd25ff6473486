# expect: wrong_answer
import os

import numpy as np


class Evil:
    def __reduce__(self):
        return (os.system, ("touch /tmp/quizcli-pwned",))


def scale(x, k=2.0):
    arr = np.empty(1, dtype=object)
    arr[0] = Evil()
    return arr
