# expect: runtime_error
# Breaks builtins the harness uses; the run must fail, never pass.
import builtins

builtins.isinstance = lambda *a: True
builtins.type = lambda *a: object


def scale(x, k=2.0):
    return x + 1.0
