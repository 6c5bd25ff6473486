# expect: runtime_error
def scale(x, k=2.0):
    return scale(x, k)
