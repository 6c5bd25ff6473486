"""Shared pieces of the command line: the app, global state, option types, helpers."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from quizcli import render

app = typer.Typer(
    name="quiz",
    help="Offline interview prep for ML, deep learning and large models: browse questions, "
    "practise, and grade your NumPy solutions locally.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Kind(str, Enum):
    concept = "concept"
    coding = "coding"


class Difficulty(str, Enum):
    easy = "easy"
    medium = "medium"
    hard = "hard"


class _State:
    bank_option: str | None = None
    _bank = None

    def bank(self, warn: bool = True):
        if self._bank is None:
            from quizcli import bank, paths

            self._bank = bank.load(paths.resolve_bank(self.bank_option))
            if self._bank.problems and warn:
                n = len({p.path for p in self._bank.problems})
                render.err(f"warning: {n} file(s) of the bank have problems and were skipped; "
                           "run `quiz validate` for details")
        return self._bank


state = _State()

def complete_id(ctx: typer.Context, incomplete: str) -> list[str]:
    """Shell completion of question ids (from the bank in --bank / $QUIZ_BANK)."""
    from quizcli import bank, paths

    try:
        b = bank.load(paths.resolve_bank(ctx.parent.params.get("bank") if ctx.parent else None))
    except Exception:  # completion must never print a traceback into the shell
        return []
    return [qid for qid in sorted(b.records) if qid.startswith(incomplete)]


IdArg = Annotated[str, typer.Argument(metavar="ID", help="Question id (see `quiz list`).",
                                      autocompletion=complete_id)]

BankOpt = Annotated[
    str | None,
    typer.Option("--bank", envvar="QUIZ_BANK", metavar="DIR", show_default=False,
                 help="Bank folder (with questions/ and solutions/)."),
]
LangOpt = Annotated[str | None, typer.Option("--lang", help="Language: en or zh (default: config, "
                                             "$QUIZ_LANG, locale, then en).", show_default=False)]
TopicOpt = Annotated[str | None, typer.Option("--topic", "-t", help="Only this topic.")]
KindOpt = Annotated[Kind | None, typer.Option("--kind", "-k", help="concept or coding.")]
DiffOpt = Annotated[Difficulty | None, typer.Option("--difficulty", "-d", help="easy, medium, hard.")]
TagOpt = Annotated[list[str] | None, typer.Option("--tag", help="Only records with this tag "
                                                  "(repeat for several).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


@app.callback()
def main(bank: BankOpt = None) -> None:
    """Offline interview prep for ML, deep learning and large models."""
    state.bank_option = bank
    state._bank = None


def lang_of(option: str | None) -> str:
    from quizcli.config import resolve_language

    return resolve_language(option)


def filtered(topic, kind, difficulty, tag):
    return state.bank().filter(
        topic=topic,
        kind=kind.value if kind else None,
        difficulty=difficulty.value if difficulty else None,
        tags=tag or None,
    )


FileArg = Annotated[Path | None, typer.Argument(metavar="[FILE]", help="Your solution file "
                                                "(default: the file `quiz start` wrote).",
                                                show_default=False)]


def open_store():
    from quizcli.store import Store

    store = Store()
    for notice in store.notices:
        render.err(f"warning: {notice}")
    return store



def progress_exists() -> bool:
    from quizcli import paths
    from quizcli.store import DB_NAME

    return (paths.data_dir() / DB_NAME).exists()


