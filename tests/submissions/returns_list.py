# expect: wrong_answer
def scale(x, k=2.0):
    return [float(v) * k for v in x.ravel()]
