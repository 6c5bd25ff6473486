"""Exceptions the core raises; the CLI turns them into one-line messages and exit codes."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class QuizError(Exception):
    """An error the user can act on: printed as one line, never as a traceback."""

    exit_code = 2

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if exit_code is not None:
            self.exit_code = exit_code

    def __str__(self) -> str:
        return self.message


class UnknownIdError(QuizError):
    """No record has this id; carries the nearest ids as suggestions."""

    def __init__(self, qid: str, known: Iterable[str]) -> None:
        known = list(known)
        close = difflib.get_close_matches(qid, known, n=3, cutoff=0.5)
        if not close:
            close = sorted(k for k in known if qid in k or k in qid)[:3]
        self.qid = qid
        self.suggestions = close
        hint = f" Did you mean: {', '.join(close)}?" if close else " Run `quiz list` to see the ids."
        super().__init__(f"unknown question id '{qid}'.{hint}")


class BankError(QuizError):
    """The bank folder is missing or unusable as a whole."""
