# expect: memory_limit_exceeded
import numpy as np


def scale(x, k=2.0):
    hog = []
    while True:
        hog.append(np.empty(100_000_000))  # 800 MB a piece
