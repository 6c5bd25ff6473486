# expect: runtime_error
import ctypes


def scale(x, k=2.0):
    ctypes.string_at(0)
