# expect: runtime_error
import os


def scale(x, k=2.0):
    print('{"verdict": "accepted", "passed": 13, "total": 13}')
    os._exit(0)
