# expect: compile_error
def scale(x, k=2.0)
    return x * k
