"""Coding problems: start, test, submit (--watch), hint, solution."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from quizcli import render
from quizcli.cli.common import (
    FileArg,
    IdArg,
    JsonOpt,
    LangOpt,
    app,
    lang_of,
    open_store,
    state,
)
from quizcli.errors import QuizError


@app.command()
def start(
    qid: IdArg,
    dir_: Annotated[Path | None, typer.Option("--dir", help="Write the file here instead of "
                                              "the workspace.")] = None,
    edit: Annotated[bool, typer.Option("--edit", "-e", help="Open it in $EDITOR.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    lang: LangOpt = None,
) -> None:
    """Write a starter file for a coding problem and print its path."""
    from quizcli import workflow

    b = state.bank()
    started = workflow.start(b, open_store(), qid, dir_, lang_of(lang), force)
    if not started.created:
        render.err(f"{started.path} already exists; kept it (use --force to start over)")
    render.out(str(started.path))
    if edit:
        import os
        import shlex
        import subprocess

        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
        try:
            subprocess.call([*shlex.split(editor), str(started.path)])
        except OSError as exc:
            raise QuizError(f"cannot start the editor '{editor}': {exc.strerror}") from None


def _grade_command(qid: str, file: Path | None, *, public_only: bool, reveal: bool,
                   json_: bool, lang: str | None) -> int:
    from quizcli import workflow

    b = state.bank()
    rec = workflow.coding_record(b, qid)
    store = open_store()
    path = workflow.resolve_file(store, rec.id, file)
    res = workflow.grade(b, rec, path, public_only=public_only, reveal=reveal)
    workflow.record_submission(store, b, rec, res, path, "test" if public_only else "submit")
    if not public_only:
        from quizcli import progress

        progress.on_submission(store, rec.id, res.accepted, rec.content_hash)
        progress.mark_seen(store, b, rec)
    language = lang_of(lang)
    if json_:
        render.emit_json(res.to_json())
    else:
        from quizcli.records import pick

        explanation = None if public_only else pick(b.data(rec).get("explanation"), language)
        render.grading_result(res, title=f"{rec.id} ({path})", public_only=public_only,
                              explanation=explanation)
    return 0 if res.accepted else 1


@app.command()
def test(
    qid: IdArg,
    file: FileArg = None,
    json_: JsonOpt = False,
    lang: LangOpt = None,
) -> None:
    """Run your file on the public examples: inputs, expected and got."""
    raise typer.Exit(_grade_command(qid, file, public_only=True, reveal=True, json_=json_,
                                    lang=lang))


@app.command()
def submit(
    qid: IdArg,
    file: FileArg = None,
    json_: JsonOpt = False,
    reveal: Annotated[bool, typer.Option("--reveal", help="Show the values of hidden inputs "
                                         "of failing cases.")] = False,
    watch: Annotated[bool, typer.Option("--watch", "-w", help="Grade again on every save.")]
    = False,
    lang: LangOpt = None,
) -> None:
    """Grade your file on the hidden suite: exit 0 accepted, 1 not accepted, 2 input error."""
    if not watch:
        raise typer.Exit(_grade_command(qid, file, public_only=False, reveal=reveal,
                                        json_=json_, lang=lang))
    from quizcli import workflow

    b = state.bank()
    rec = workflow.coding_record(b, qid)
    path = workflow.resolve_file(open_store(), rec.id, file)
    code = 1
    import watchfiles

    render.err(f"watching {path}; Ctrl-C to stop")
    try:
        while True:
            try:
                code = _grade_command(qid, path, public_only=False, reveal=reveal, json_=json_,
                                      lang=lang)
            except QuizError as exc:
                render.err(f"error: {exc.message}")
            render.err(f"-- waiting for changes to {path.name} (Ctrl-C to stop)")
            for changes in watchfiles.watch(path.parent, debounce=300, step=50,
                                            rust_timeout=0, raise_interrupt=True):
                if any(Path(p).name == path.name for _, p in changes) and path.exists():
                    break
    except KeyboardInterrupt:
        render.err("stopped watching")
    raise typer.Exit(code)


@app.command()
def hint(
    qid: IdArg,
    all_: Annotated[bool, typer.Option("--all", help="Show every hint.")] = False,
    lang: LangOpt = None,
) -> None:
    """Reveal the next hint (one at a time; --all for all)."""
    from quizcli import workflow

    h = workflow.next_hint(state.bank(), open_store(), qid, lang_of(lang), all_)
    render.hints(h, qid)


@app.command()
def solution(
    qid: IdArg,
    peek: Annotated[bool, typer.Option("--peek", help="Show it before solving (counts as a "
                                       "failed review).")] = False,
    lang: LangOpt = None,
) -> None:
    """The reference solution and explanation; unlocked once you solved the problem."""
    from quizcli import workflow

    b = state.bank()
    store = open_store()
    sol = workflow.solution(b, store, qid, lang_of(lang), peek)
    if sol.peeked:
        from quizcli import progress

        progress.on_peek(store, qid, b.get(qid).content_hash)
    render.solution(sol, qid)


