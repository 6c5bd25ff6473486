# expect: runtime_error
# requires: landlock
# Fakes a pass by loading the trusted reference solution from the bank on disk; the grader's
# child may read only the standard library and NumPy, so the open fails.
import os

_here = os.path.dirname(os.path.abspath(__file__))
_ref = os.path.join(_here, "..", "fake_bank", "solutions", "math", "scale-array", "reference.py")
_ns: dict = {}
exec(open(_ref).read(), _ns)
scale = _ns["scale"]
