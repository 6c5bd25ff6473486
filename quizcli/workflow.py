"""Working on coding problems: starter files, grading, hints, solutions (no printing here)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from quizcli import paths
from quizcli.bank import Bank
from quizcli.errors import QuizError
from quizcli.records import Record, pick


def coding_record(bank: Bank, qid: str) -> Record:
    rec = bank.get(qid)
    if rec.kind != "coding":
        raise QuizError(f"'{qid}' is a concept question, not a coding problem; try "
                        f"`quiz show {qid} --answer`")
    return rec


def default_file(qid: str, directory: Path | None = None) -> Path:
    return (directory or paths.workspace_dir()) / f"{qid.replace('-', '_')}.py"


def starter_text(bank: Bank, rec: Record, lang: str) -> str:
    data = bank.data(rec)
    header = (f"# quiz: {rec.id} - {rec.title(lang)}\n"
              f"# Run the examples:  quiz test {rec.id}\n"
              f"# Grade it:          quiz submit {rec.id}\n"
              f"# Read the problem:  quiz show {rec.id}\n\n")
    return header + data["starter"]


@dataclass
class Started:
    path: Path
    created: bool


def start(bank: Bank, store, qid: str, directory: Path | None, lang: str,
          force: bool = False) -> Started:
    """Write the starter file (never over an existing one unless force) and remember it."""
    rec = coding_record(bank, qid)
    path = default_file(rec.id, directory.expanduser().resolve() if directory else None)
    created = False
    if force or not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.tmp")
            tmp.write_text(starter_text(bank, rec, lang), encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:
            raise QuizError(f"cannot write {path}: {exc.strerror}") from None
        created = True
    store.set_file(rec.id, path)
    return Started(path, created)


def resolve_file(store, qid: str, file: Path | None) -> Path:
    """FILE, or the file `quiz start` wrote; a clear error when there is none or it is unreadable."""
    if file is None:
        remembered = store.file_for(qid) if store else None
        candidates = [p for p in (remembered, default_file(qid)) if p is not None]
        file = next((p for p in candidates if p.exists()), None)
        if file is None:
            raise QuizError(f"no solution file for '{qid}': run `quiz start {qid}` first, or "
                            f"pass the file: quiz submit {qid} FILE")
    file = file.expanduser()
    if not file.exists():
        raise QuizError(f"{file}: no such file")
    if file.is_dir():
        raise QuizError(f"{file}: is a directory, not a Python file")
    try:
        with open(file, "rb") as fh:
            fh.read(1)
    except OSError as exc:
        raise QuizError(f"{file}: cannot read: {exc.strerror}") from None
    return file.resolve()


def file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError:
        return ""


def package(bank: Bank, rec: Record):
    from quizcli.grader.problem import Package

    return Package(rec, bank.data(rec), bank.solution_dir(rec))


def grade(bank: Bank, rec: Record, file: Path, *, public_only: bool, reveal: bool):
    from quizcli.grader.grade import grade_file

    return grade_file(package(bank, rec), file, public_only=public_only, reveal=reveal)


def record_submission(store, bank: Bank, rec: Record, result, file: Path, mode: str) -> None:
    store.record_attempt(rec.id, mode, result.verdict, result.passed, result.total,
                         result.time_s, file_hash(file), rec.content_hash)


@dataclass
class Hints:
    hints: list[str]
    shown: int  # how many are revealed now
    new: bool  # whether this call revealed one more


def next_hint(bank: Bank, store, qid: str, lang: str, show_all: bool) -> Hints:
    rec = bank.get(qid)
    hints = [pick(h, lang) for h in bank.data(rec).get("hints", ())]
    if not hints:
        raise QuizError(f"'{qid}' has no hints", exit_code=1)
    before = store.hints_shown(rec.id)
    shown = len(hints) if show_all else min(before + 1, len(hints))
    if shown > before:
        store.set_hints_shown(rec.id, shown)
    return Hints(hints, shown, shown > before)


@dataclass
class Solution:
    code: str
    explanation: str | None
    path: Path
    peeked: bool = False


def solution(bank: Bank, store, qid: str, lang: str, peek: bool) -> Solution:
    rec = coding_record(bank, qid)
    peeked = False
    if not store.solved(rec.id):
        if not peek:
            raise QuizError(f"the solution of '{qid}' unlocks once `quiz submit {qid}` is "
                            "accepted; `--peek` shows it now (and counts as a failed review)",
                            exit_code=1)
        store.record_peek(rec.id)
        peeked = True
    path = bank.solution_dir(rec) / "reference.py"
    try:
        code = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QuizError(f"{path}: cannot read the reference solution: {exc.strerror}") from None
    return Solution(code, pick(bank.data(rec).get("explanation"), lang), path, peeked)
