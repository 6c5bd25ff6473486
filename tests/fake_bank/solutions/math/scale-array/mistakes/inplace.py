# multiplies in place, modifying the caller's array
def scale(x, k=2.0):
    x *= k
    return x
