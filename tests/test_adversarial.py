"""Hostile and broken submissions: none is accepted, each gets the right verdict, nothing is
left running, and the grader stays responsive."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from conftest import SUBMISSIONS, grading_leftovers

from quizcli.grader.grade import grade_file

NO_HEADER = {"empty.py": "compile_error"}


def expected_verdict(path: Path) -> str:
    if path.name in NO_HEADER:
        return NO_HEADER[path.name]
    m = re.search(rb"^# expect: (\w+)", path.read_bytes(), re.M)
    assert m, f"{path.name} has no '# expect:' header"
    return m.group(1).decode()


FILES = sorted(SUBMISSIONS.glob("*.py"))


def _requires(path: Path) -> set[str]:
    return {m.decode() for m in re.findall(rb"^# requires: (\w+)", path.read_bytes(), re.M)}


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_verdict(path, scale_pkg):
    from quizcli.grader.harness import landlock_abi

    if "landlock" in _requires(path) and not landlock_abi():
        pytest.skip("this kernel has no Landlock: the file-access restriction is not available")
    pwned = Path("/tmp/quizcli-pwned")
    pwned.unlink(missing_ok=True)
    t0 = time.monotonic()
    res = grade_file(scale_pkg, path)
    elapsed = time.monotonic() - t0
    want = expected_verdict(path)
    assert res.verdict == want, (res.verdict, res.message, [(c.name, c.verdict, c.message)
                                                            for c in res.cases])
    if want != "accepted":
        assert res.passed < res.total or res.total == 0
        assert res.message, "a rejected submission must say why"
    assert not pwned.exists(), "code in a returned object ran in the grader"
    assert elapsed < 20, f"grading took {elapsed:.1f} s"
    assert grading_leftovers() == [], "processes of the submission are still running"


def test_messages_are_specific(scale_pkg):
    def msg(name):
        return grade_file(scale_pkg, SUBMISSIONS / name).message

    assert "line 2" in msg("syntax_error.py")
    assert "not UTF-8" in msg("not_utf8.py")
    assert "empty" in msg("empty.py")
    assert "scal" in msg("missing_function.py") and "`scale`" in msg("missing_function.py")
    assert "modified its argument `x`" in msg("modifies_input.py")
    assert "shape" in msg("wrong_shape.py")
    assert "NaN" in msg("returns_nan.py")
    assert "integer" in msg("wrong_dtype.py") or "int" in msg("wrong_dtype.py")
    assert "RecursionError" in msg("deep_recursion.py")
    assert "SIGSEGV" in msg("segfault.py")
    assert "No module named 'quizcli'" in msg("imports_quizcli.py")


def test_user_traceback_line(scale_pkg, tmp_path):
    f = tmp_path / "sol.py"
    f.write_text("import numpy as np\n\n\ndef scale(x, k=2.0):\n    y = x * k\n"
                 "    return y[100]\n")
    res = grade_file(scale_pkg, f)
    assert res.verdict == "runtime_error"
    assert "IndexError" in res.message and "line 6 of your file" in res.message


def test_captured_output_is_capped(scale_pkg):
    res = grade_file(scale_pkg, SUBMISSIONS / "huge_output.py")
    assert res.verdict == "output_limit_exceeded"
    assert len(res.stdout) <= 64 * 1024


def test_numpy_scalars_and_views_round_trip():
    import numpy as np

    from quizcli.grader import harness

    values = [np.float64(3.5), np.float32(-1.25), np.int64(7), np.array(2.0),
              np.arange(6.0).reshape(2, 3).T, np.zeros((0, 3)), (np.bool_(True), [1, 2.5])]
    for value in values:
        blobs: list = []
        header = harness.encode(value, blobs)
        wire = [b if isinstance(b, bytes) else b"".join(bytes(p) for p in b) for b in blobs]
        back = harness.decode(header, wire)
        if isinstance(value, np.ndarray):
            assert type(back) is np.ndarray and back.shape == value.shape
            assert back.dtype == value.dtype and np.array_equal(back, value)
        elif isinstance(value, np.generic):
            assert type(back) is type(value) and back == value
        else:
            assert back == (np.True_, [1, 2.5])
