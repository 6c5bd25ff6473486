"""`python -m quizcli.grader.reftime FOLDER ENTRY`: time the trusted reference on the
performance case in a fresh process, once, as the submission is timed; prints JSON."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> None:
    from quizcli.grader.problem import load_modules

    folder, entry = Path(argv[1]), argv[2]
    reference, suite = load_modules(folder, entry, "reftime")
    perf = [c for c in suite.build() if c.perf]
    if not perf:
        print(json.dumps({"perf_s": None}))
        return
    case = perf[0]
    fn = getattr(reference, entry)
    t0 = time.perf_counter()
    fn(*case.args, **case.kwargs)
    print(json.dumps({"perf_s": time.perf_counter() - t0}))


if __name__ == "__main__":
    main(sys.argv)
