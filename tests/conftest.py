"""Shared fixtures: the fake banks, an isolated QUIZ_HOME, a CLI runner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
FAKE_BANK = TESTS / "fake_bank"
BROKEN_BANK = TESTS / "broken_bank"
SUBMISSIONS = TESTS / "submissions"
REPO = TESTS.parent


@pytest.fixture(autouse=True)
def quiz_home(tmp_path_factory, monkeypatch):
    """Every test gets its own QUIZ_HOME (progress, cache, config) and no stray settings."""
    home = tmp_path_factory.mktemp("quiz-home")
    monkeypatch.setenv("QUIZ_HOME", str(home))
    for var in ("QUIZ_BANK", "QUIZ_LANG", "QUIZ_WORKSPACE", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return home


@pytest.fixture
def fake_bank():
    from quizcli import bank

    return bank.load(FAKE_BANK, use_cache=False)


@pytest.fixture
def scale_pkg(fake_bank):
    from quizcli.grader.problem import Package

    rec = fake_bank.get("scale-array")
    return Package(rec, fake_bank.data(rec), fake_bank.solution_dir(rec))


@pytest.fixture
def cli():
    """Invoke `quiz` in-process with typer's CliRunner; returns (exit_code, stdout, stderr)."""
    from typer.testing import CliRunner

    from quizcli.cli import app

    runner = CliRunner()

    def invoke(*args: str, input: str | None = None, env: dict | None = None):
        result = runner.invoke(app, [str(a) for a in args], input=input, env=env,
                               catch_exceptions=True)
        if result.exception and not isinstance(result.exception, SystemExit):
            from quizcli.errors import QuizError

            if isinstance(result.exception, QuizError):
                return result.exception.exit_code, result.stdout, str(result.exception)
            raise result.exception
        return result.exit_code, result.stdout, result.stderr

    return invoke


def grading_leftovers() -> list[int]:
    """Processes still alive that carry the grading marker in their environment."""
    from quizcli.grader.sandbox import MARKER

    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as fh:
                if f"{MARKER}={os.getpid()}\0".encode() in fh.read() + b"\0":
                    with open(f"/proc/{entry}/stat") as st:
                        if st.read().rsplit(")", 1)[1].split()[0] != "Z":
                            found.append(int(entry))
        except OSError:
            pass
    return found
