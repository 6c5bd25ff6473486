# expect: runtime_error
import sys

sys.exit(0)


def scale(x, k=2.0):
    return x * k
