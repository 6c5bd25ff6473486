# expect: runtime_error
import os


def scale(x, k=2.0):
    for fd in range(3, 64):
        try:
            os.close(fd)
        except OSError:
            pass
    return x * k
