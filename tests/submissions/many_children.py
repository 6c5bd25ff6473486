# expect: wrong_answer
import os
import time


def scale(x, k=2.0):
    for i in range(30):
        pid = os.fork()
        if pid == 0:
            if i % 2:
                os.setsid()
                if os.fork():  # double fork: the grandchild escapes to a new session
                    os._exit(0)
            time.sleep(3600)
            os._exit(0)
    return None
