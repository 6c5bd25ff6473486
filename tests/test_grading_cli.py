"""The coding workflow from the command line: start, test, submit, hint, solution, watch."""

from __future__ import annotations

import json
import os
import sys
import time

import pexpect
from conftest import FAKE_BANK, SUBMISSIONS


def test_start_writes_starter_and_test_uses_it(cli, tmp_path):
    code, out, _ = cli("--bank", FAKE_BANK, "start", "scale-array", "--dir", tmp_path)
    path = tmp_path / "scale_array.py"
    assert code == 0 and out.strip() == str(path)
    assert "raise NotImplementedError" in path.read_text()
    # FILE defaults to the file `quiz start` wrote
    code, out, _ = cli("--bank", FAKE_BANK, "test", "scale-array")
    assert code == 1 and "NotImplementedError" in out
    # never overwrites work in progress
    path.write_text((SUBMISSIONS / "correct.py").read_text())
    code, _, err = cli("--bank", FAKE_BANK, "start", "scale-array", "--dir", tmp_path)
    assert "already exists" in err and "np.multiply" in path.read_text()
    code, out, _ = cli("--bank", FAKE_BANK, "submit", "scale-array")
    assert code == 0 and "Accepted" in out


def test_test_shows_inputs_expected_got(cli):
    code, out, _ = cli("--bank", FAKE_BANK, "test", "scale-array",
                       FAKE_BANK / "solutions/math/scale-array/mistakes/adds.py")
    assert code == 1
    assert "x = ndarray shape=(2,) dtype=float64 [1. 2.]" in out
    assert "expected: ndarray shape=(2,) dtype=float64 [2. 4.]" in out
    assert "got:      ndarray shape=(2,) dtype=float64 [3. 4.]" in out


def test_submit_json_contract(cli):
    code, out, _ = cli("--bank", FAKE_BANK, "submit", "scale-array",
                       SUBMISSIONS / "modifies_input.py", "--json")
    assert code == 1
    data = json.loads(out)
    assert {"id", "verdict", "passed", "total", "time_s", "cases"} <= set(data)
    assert data["id"] == "scale-array" and data["verdict"] == "wrong_answer"
    assert data["total"] == 10 and 0 <= data["passed"] < 10
    for case in data["cases"]:
        assert {"name", "verdict", "message", "time_s"} <= set(case)
    bad = next(c for c in data["cases"] if c["verdict"] == "wrong_answer")
    assert "modified its argument `x`" in bad["message"]
    code, out, _ = cli("--bank", FAKE_BANK, "submit", "scale-array", SUBMISSIONS / "correct.py",
                       "--json")
    data = json.loads(out)
    assert code == 0 and data["verdict"] == "accepted" and data["passed"] == data["total"]
    assert data["perf"]["reference_s"] > 0


def test_hidden_inputs_only_with_reveal(cli):
    code, out, _ = cli("--bank", FAKE_BANK, "submit", "scale-array", SUBMISSIONS / "returns_nan.py")
    assert "ndarray shape=(5,) dtype=float64" in out and "[-" not in out.split("vector")[1][:80]
    code, out, _ = cli("--bank", FAKE_BANK, "submit", "scale-array", SUBMISSIONS / "returns_nan.py",
                       "--reveal", "--json")
    vector = next(c for c in json.loads(out)["cases"] if c["name"] == "vector")
    assert "[" in vector["inputs"][0]["value"]


def test_exit_codes_for_input_errors(cli, tmp_path):
    assert cli("--bank", FAKE_BANK, "submit", "scale-aray", SUBMISSIONS / "correct.py")[0] == 2
    assert cli("--bank", FAKE_BANK, "submit", "scale-array", tmp_path / "missing.py")[0] == 2
    assert cli("--bank", FAKE_BANK, "submit", "scale-array", tmp_path)[0] == 2
    code, _, err = cli("--bank", FAKE_BANK, "submit", "scale-array")
    assert code == 2 and "quiz start scale-array" in err
    code, _, err = cli("--bank", FAKE_BANK, "submit", "what-is-dropout", SUBMISSIONS / "correct.py")
    assert code == 2 and "concept question" in err
    if os.geteuid() != 0:
        locked = tmp_path / "locked.py"
        locked.write_text("x")
        locked.chmod(0)
        assert cli("--bank", FAKE_BANK, "submit", "scale-array", locked)[0] == 2
    # a syntax error is a verdict, not an input error
    assert cli("--bank", FAKE_BANK, "submit", "scale-array", SUBMISSIONS / "syntax_error.py")[0] == 1


def test_hints_one_at_a_time(cli):
    code, out, _ = cli("--bank", FAKE_BANK, "hint", "scale-array")
    assert code == 0 and "Hint 1/1" in out and "Multiply." in out
    code, out, _ = cli("--bank", FAKE_BANK, "hint", "scale-array")
    assert "all hints shown" in out
    code, _, err = cli("--bank", FAKE_BANK, "hint", "bias-variance")
    assert code == 1 and "no hints" in err


def test_solution_locked_until_solved(cli):
    code, _, err = cli("--bank", FAKE_BANK, "solution", "scale-array")
    assert code == 1 and "unlocks" in err
    cli("--bank", FAKE_BANK, "submit", "scale-array", SUBMISSIONS / "correct.py")
    code, out, _ = cli("--bank", FAKE_BANK, "solution", "scale-array")
    assert code == 0 and "np.asarray(x, dtype=np.float64) * k" in out
    assert "Broadcasting" in out


def test_watch_regrades_on_save(tmp_path):
    sol = tmp_path / "sol.py"
    sol.write_text((SUBMISSIONS / "returns_none.py").read_text())
    child = pexpect.spawn(sys.executable, ["-m", "quizcli", "--bank", str(FAKE_BANK), "submit",
                                           "scale-array", str(sol), "--watch"],
                          encoding="utf-8", timeout=30, env=dict(os.environ, TERM="dumb"))
    child.expect("Wrong answer")
    child.expect("waiting for changes")
    time.sleep(0.5)
    # editors often write a new file and rename it over the old one
    tmp = tmp_path / ".sol.py.swp"
    tmp.write_text((SUBMISSIONS / "correct.py").read_text())
    os.replace(tmp, sol)
    child.expect("Accepted")
    child.expect("waiting for changes")
    child.sendintr()
    child.expect("stopped watching")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_submit_as_a_real_process_leaves_nothing_behind(tmp_path):
    import subprocess

    from quizcli.grader.sandbox import MARKER

    def leftovers(pid: int) -> list[str]:
        found = []
        for entry in os.listdir("/proc"):
            try:
                with open(f"/proc/{entry}/environ", "rb") as fh:
                    if f"{MARKER}={pid}\0".encode() in fh.read() + b"\0":
                        found.append(entry)
            except OSError:
                pass
        return found

    for qid, want in (("scale-array", 0), ("no-such-problem", 2)):
        proc = subprocess.Popen([sys.executable, "-m", "quizcli", "--bank", str(FAKE_BANK),
                                 "submit", qid, str(SUBMISSIONS / "many_children.py"
                                                    if want == 0 else SUBMISSIONS / "correct.py"),
                                 "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)
        out, err = proc.communicate(timeout=60)
        assert "Traceback" not in err
        if want == 0:
            assert proc.returncode == 1 and json.loads(out)["verdict"] == "wrong_answer"
        else:
            assert proc.returncode == 2
        time.sleep(0.2)
        assert leftovers(proc.pid) == []
