# expect: time_limit_exceeded
import os
import time


def scale(x, k=2.0):
    if os.fork() == 0:
        os.setsid()
        os.environ.clear()
        time.sleep(3600)
        os._exit(0)
    while True:
        time.sleep(1)
