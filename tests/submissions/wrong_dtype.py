# expect: wrong_answer
def scale(x, k=2.0):
    return (x * k).astype(int)
