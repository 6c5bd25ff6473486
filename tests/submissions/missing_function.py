# expect: missing_entry
def scal(x, k=2.0):
    return x * k
