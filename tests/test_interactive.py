"""Practice and review in a real pseudo-terminal (pexpect), and with piped stdin."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pexpect
import pytest
from conftest import FAKE_BANK, SUBMISSIONS

from quizcli.store import Store


def spawn(*args: str, env_extra: dict | None = None) -> pexpect.spawn:
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="100", LINES="40", **(env_extra or {}))
    child = pexpect.spawn(sys.executable, ["-m", "quizcli", "--bank", str(FAKE_BANK), *args],
                          env=env, encoding="utf-8", timeout=30, dimensions=(40, 100))
    return child


def right_letter(child) -> str:
    """The letter the (shuffled) correct option of what-is-dropout is shown under."""
    m = re.search(r"([A-Z])\. Randomly zeroes activations", child.before)
    assert m, child.before
    return m.group(1)


def ratings() -> list[tuple[str, int]]:
    rows = Store().db.execute("SELECT qid, rating FROM reviews ORDER BY at").fetchall()
    return [(r["qid"], r["rating"]) for r in rows]


def test_practice_session_key_by_key():
    child = spawn("practice", "--topic", "basics", "-n", "2", "--seed", "3")
    seen = []
    for _ in range(2):
        idx = child.expect(["Your answer", "Enter reveals"])
        if idx == 0:  # the multiple-choice question: graded automatically
            seen.append("choice")
            child.sendline(right_letter(child))
            child.expect("Correct")
        else:
            seen.append("open")
            child.sendline("")  # reveal
            child.expect("Answer")
            child.expect("Rate")
            child.sendline("4")
    child.expect("session summary")
    child.expect("Reviewed 2 of 2")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert sorted(seen) == ["choice", "open"]
    assert sorted(r for _, r in ratings()) == [3, 4]


def test_wrong_choice_rates_again():
    child = spawn("practice", "--topic", "basics", "-n", "2", "--seed", "3")
    for _ in range(2):
        idx = child.expect(["Your answer", "Enter reveals"])
        if idx == 0:
            right = right_letter(child)
            child.sendline("b" if right == "A" else "a")
            child.expect(f"Not quite: the answer is {right}")
        else:
            child.sendline("my own answer")
            child.expect("Rate")
            child.sendline("2")
    child.expect(pexpect.EOF)
    rows = dict(ratings())
    assert rows["what-is-dropout"] == 1 and rows["bias-variance"] == 2


def test_ctrl_c_keeps_ratings_so_far():
    child = spawn("practice", "--topic", "basics", "-n", "2", "--seed", "3")
    idx = child.expect(["Your answer", "Enter reveals"])
    if idx == 0:
        child.sendline(right_letter(child))
    else:
        child.sendline("")
        child.expect("Rate")
        child.sendline("3")
    child.expect(["Your answer", "Enter reveals"])
    child.sendintr()
    child.expect("interrupted; every rating so far is saved")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert len(ratings()) == 1


def test_q_quits_cleanly():
    child = spawn("practice", "-n", "5")
    child.expect(["Your answer", "Enter reveals"])
    child.sendline("q")
    child.expect("Reviewed 0 of")
    child.expect(pexpect.EOF)
    assert ratings() == []


def test_review_session_with_a_coding_card(tmp_path):
    editor = tmp_path / "fake-editor.sh"
    editor.write_text(f"#!/bin/sh\ncp '{SUBMISSIONS / 'correct.py'}' \"$1\"\n")
    editor.chmod(0o755)
    child = spawn("review", "--new", "3", env_extra={"EDITOR": str(editor),
                                                     "QUIZ_WORKSPACE": str(tmp_path / "ws")})
    done = 0
    while done < 3:
        idx = child.expect(["Your answer", "Enter reveals", "e: edit and grade now"])
        if idx == 0:
            child.sendline(right_letter(child))
        elif idx == 1:
            child.sendline("")
            child.expect("Rate")
            child.sendline("3")
        else:
            child.sendline("e")
            child.expect("Accepted")
        done += 1
    child.expect("Reviewed 3 of 3")
    child.expect(pexpect.EOF)
    rows = dict(ratings())
    assert rows["scale-array"] == 3  # accepted at the first submit: Good
    assert Store().solved("scale-array")


def test_piped_stdin_practice():
    proc = subprocess.run(
        [sys.executable, "-m", "quizcli", "--bank", str(FAKE_BANK), "practice", "--topic",
         "basics", "-n", "2", "--seed", "3"],
        input="A\n\n3\n", capture_output=True, text=True, timeout=60)
    # the order is fixed by the seed; answers that do not fit are asked again
    assert proc.returncode == 0, proc.stderr
    assert "session summary" in proc.stdout
    assert len(ratings()) >= 1


def test_piped_stdin_eof_ends_session():
    proc = subprocess.run(
        [sys.executable, "-m", "quizcli", "--bank", str(FAKE_BANK), "practice", "-n", "3"],
        input="", capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    assert "input ended" in proc.stdout


@pytest.mark.parametrize("command,text", [(["review", "--new", "0"], "Nothing is due"),
                                          (["stats"], "Streak"), (["list"], "scale-array")])
def test_commands_run_in_a_terminal(command, text):
    child = spawn(*command)
    child.expect(text)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_choices_are_shuffled_but_history_keeps_file_order(fake_bank, capsys):
    """A user learns the answer, not its letter: the options move between sessions, and the
    recorded answer always names the options in the record's own order."""
    from quizcli import session

    shown_first = set()
    for seed in range(12):
        store = Store()

        def ask(prompt: str) -> str:
            out = capsys.readouterr().out
            m = re.search(r"([A-Z])\. Randomly zeroes activations", out)
            shown_first.add(m.group(1))
            return m.group(1)

        summary = session.run(fake_bank, store, ["what-is-dropout"], "en", "practice",
                              ask=ask, seed=seed)
        assert summary.correct == 1
        row = store.db.execute("SELECT answer, correct FROM reviews ORDER BY at DESC").fetchone()
        assert (row["answer"], row["correct"]) == ("A", 1)
    assert shown_first == {"A", "B"}
