# expect: wrong_answer
def scale(x, k=2.0):
    x * k
