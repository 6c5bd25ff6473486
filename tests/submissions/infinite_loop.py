# expect: time_limit_exceeded
def scale(x, k=2.0):
    while True:
        pass
