# expect: time_limit_exceeded
import signal
import time

signal.signal(signal.SIGTERM, signal.SIG_IGN)
signal.signal(signal.SIGINT, signal.SIG_IGN)


def scale(x, k=2.0):
    time.sleep(3600)
