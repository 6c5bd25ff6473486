# expect: memory_limit_exceeded
import numpy as np


def scale(x, k=2.0):
    hog = []
    while True:
        hog.append(np.zeros(60_000_000))  # ~480 MB a piece, until the limit
