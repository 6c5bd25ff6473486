"""Practice, review, stats, notes, bookmarks, and progress backups."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from quizcli import render
from quizcli.cli.common import (
    IdArg,
    JsonOpt,
    LangOpt,
    TopicOpt,
    app,
    lang_of,
    open_store,
    state,
)
from quizcli.errors import QuizError

# --- practice, review, progress ----------------------------------------------------------


def _attempt_coding(store, language: str):
    """For review sessions: open the problem in $EDITOR, grade it, rate it."""

    def attempt(rec):
        import os
        import shlex
        import subprocess

        from quizcli import progress, workflow

        b = state.bank()
        started = workflow.start(b, store, rec.id, None, language)
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
        try:
            subprocess.call([*shlex.split(editor), str(started.path)])
        except OSError as exc:
            render.err(f"error: cannot start the editor '{editor}': {exc.strerror}")
            return None
        res = workflow.grade(b, rec, started.path, public_only=False, reveal=False)
        workflow.record_submission(store, b, rec, res, started.path, "submit")
        render.grading_result(res, title=rec.id, public_only=False, explanation=None)
        return progress.on_submission(store, rec.id, res.accepted, rec.content_hash)

    return attempt


def _finish_session(summary) -> None:
    from quizcli import progress

    render.session_summary(summary, progress.RATING_NAMES)


@app.command()
def practice(
    topic: TopicOpt = None,
    n: Annotated[int, typer.Option("-n", "--count", help="How many questions.")] = 10,
    seed: Annotated[int | None, typer.Option(
        help="Seed for the order of new questions and of multiple-choice options.")] = None,
    lang: LangOpt = None,
) -> None:
    """Concept drill: read the question, think or type, reveal, rate 1-4 (q or Ctrl-C stops)."""
    from quizcli import progress, session

    b = state.bank()
    if topic is not None and topic not in b.topics:
        from quizcli.errors import UnknownIdError

        raise UnknownIdError(topic, b.topics)
    store = open_store()
    ids = progress.practice_queue(store, b, topic=topic, n=n, seed=seed)
    summary = session.run(b, store, ids, lang_of(lang), "practice", seed=seed)
    _finish_session(summary)


@app.command()
def review(
    max_: Annotated[int | None, typer.Option("--max", help="At most N cards this session.")]
    = None,
    new: Annotated[int, typer.Option("--new", help="At most N never-seen cards.")] = 5,
    topic: TopicOpt = None,
    lang: LangOpt = None,
) -> None:
    """Today's due cards, concept and coding, oldest-due first (then a few new ones)."""
    from quizcli import progress, session

    b = state.bank()
    store = open_store()
    ids = progress.due_queue(store, b, topic=topic, max_cards=max_, new_cards=new)
    language = lang_of(lang)
    if not ids:
        render.out("Nothing is due. Come back later, or `quiz practice` to drill anyway.")
        return
    summary = session.run(b, store, ids, language, "review",
                          attempt=_attempt_coding(store, language))
    _finish_session(summary)


@app.command()
def stats(
    weeks: Annotated[int, typer.Option(help="Weeks of activity in the heatmap.")] = 16,
    lang: LangOpt = None,
    json_: JsonOpt = False,
) -> None:
    """Per-topic progress, streaks, an activity heatmap and the 7-day due forecast."""
    from quizcli import progress

    st = progress.stats(open_store(), state.bank(), lang=lang_of(lang), weeks=max(1, weeks))
    if json_:
        render.emit_json(st.to_json())
        return
    render.stats(st)


@app.command()
def note(
    qid: IdArg,
    text: Annotated[str | None, typer.Argument(help="The note (replaces the old one); "
                                               "omit to show it.")] = None,
    clear: Annotated[bool, typer.Option("--clear", help="Delete the note.")] = False,
) -> None:
    """Keep a note on a question (shown with `quiz show`)."""
    rec = state.bank().get(qid)
    store = open_store()
    if clear:
        store.set_note(rec.id, None)
        render.out(f"note on {rec.id} deleted")
    elif text is not None:
        if not text.strip():
            raise QuizError("the note is empty; use --clear to delete a note")
        store.set_note(rec.id, text)
        render.out(f"note on {rec.id} saved")
    else:
        current = store.note(rec.id)
        if current is None:
            raise QuizError(f"no note on {rec.id}", exit_code=1)
        render.out(current)


@app.command()
def bookmark(
    qid: IdArg,
    remove: Annotated[bool, typer.Option("--remove", help="Remove the bookmark.")] = False,
) -> None:
    """Bookmark a question (`quiz list --bookmarked` lists them)."""
    rec = state.bank().get(qid)
    open_store().set_bookmark(rec.id, not remove)
    render.out(f"{'removed bookmark from' if remove else 'bookmarked'} {rec.id}")


progress_app = typer.Typer(help="Back up, restore or reset your progress.",
                           no_args_is_help=True)
app.add_typer(progress_app, name="progress")


@progress_app.command("export")
def progress_export(file: Annotated[Path, typer.Argument(help="JSON file to write.")]) -> None:
    """Write everything (attempts, reviews, notes, bookmarks...) to a versioned JSON file."""
    from quizcli import progress

    data = progress.export_progress(open_store())
    progress.write_json_atomically(file, data)
    render.out(f"exported {len(data['reviews'])} reviews and {len(data['attempts'])} attempts "
               f"to {file}")


@progress_app.command("import")
def progress_import(file: Annotated[Path, typer.Argument(help="A `quiz progress export` "
                                                         "file.")]) -> None:
    """Merge a backup: never duplicates anything, never overwrites newer data."""
    import json

    from quizcli import progress

    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise QuizError(f"{file}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise QuizError(f"{file}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise QuizError(f"{file}:{exc.lineno}: not valid JSON: {exc.msg}") from None
    added = progress.import_progress(open_store(), data)
    render.out("imported: " + ", ".join(f"{k} +{v}" for k, v in added.items()))


@progress_app.command("reset")
def progress_reset(
    yes: Annotated[bool, typer.Option("--yes", help="Do it without asking.")] = False,
) -> None:
    """Delete all progress (a backup JSON is written first)."""
    import time

    from quizcli import paths, progress

    if not yes:
        if not sys.stdin.isatty():
            raise QuizError("refusing to reset without --yes")
        if input("Delete all progress? A backup is written first. Type 'yes': ").strip() != "yes":
            raise QuizError("not reset", exit_code=1)
    store = open_store()
    backup = paths.data_dir() / f"backup-before-reset-{time.strftime('%Y%m%d-%H%M%S')}.json"
    progress.write_json_atomically(backup, progress.export_progress(store))
    store.reset()
    render.out(f"progress reset; a backup of what was there is in {backup}")


