# expect: runtime_error
class Escape(BaseException):
    pass


def scale(x, k=2.0):
    raise Escape("out of here")
