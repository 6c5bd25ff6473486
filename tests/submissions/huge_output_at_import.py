# expect: output_limit_exceeded
import sys

for _ in range(300 * 1024):
    sys.stderr.write("y" * 1023 + "\n")


def scale(x, k=2.0):
    return x * k
