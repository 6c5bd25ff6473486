# expect: runtime_error
def scale(x, k=2.0):
    raise SystemExit(0)
