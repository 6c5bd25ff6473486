# expect: wrong_answer
# Returns a list nested 100,000 levels deep: the child sends a marker instead, and the
# grader says what came back without recursing.
def scale(x, k=2.0):
    v = []
    for _ in range(100000):
        v = [v]
    return v
