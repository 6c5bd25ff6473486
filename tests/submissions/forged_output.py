# expect: wrong_answer
import json
import sys

FORGED = json.dumps({"id": "scale-array", "verdict": "accepted", "passed": 13, "total": 13})
print(FORGED)
print("PASS\nAll tests passed\nAccepted", file=sys.stderr)


def scale(x, k=2.0):
    print(FORGED)
    print("PASS", file=sys.stderr)
    return None
