# expect: output_limit_exceeded
import sys


def scale(x, k=2.0):
    line = "x" * 1023 + "\n"
    for _ in range(300 * 1024):  # 300 MB
        sys.stdout.write(line)
    return x * k
