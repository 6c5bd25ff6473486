# expect: runtime_error
# The grader's package (and so the reference) must not be importable from the submission.
import quizcli  # noqa: F401


def scale(x, k=2.0):
    return x * k
