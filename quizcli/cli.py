"""The `quiz` command line: parses options, calls the core, hands results to the renderer."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from quizcli import render
from quizcli.errors import QuizError

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

def _complete_id(ctx: typer.Context, incomplete: str) -> list[str]:
    """Shell completion of question ids (from the bank in --bank / $QUIZ_BANK)."""
    from quizcli import bank, paths

    try:
        b = bank.load(paths.resolve_bank(ctx.parent.params.get("bank") if ctx.parent else None))
    except Exception:  # completion must never print a traceback into the shell
        return []
    return [qid for qid in sorted(b.records) if qid.startswith(incomplete)]


IdArg = Annotated[str, typer.Argument(metavar="ID", help="Question id (see `quiz list`).",
                                      autocompletion=_complete_id)]

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


def _lang(option: str | None) -> str:
    from quizcli.config import resolve_language

    return resolve_language(option)


def _filtered(topic, kind, difficulty, tag):
    return state.bank().filter(
        topic=topic,
        kind=kind.value if kind else None,
        difficulty=difficulty.value if difficulty else None,
        tags=tag or None,
    )


@app.command()
def topics(lang: LangOpt = None, json_: JsonOpt = False) -> None:
    """Topics with their counts of concept questions and coding problems."""
    b = state.bank()
    language = _lang(lang)
    rows = []
    for t in b.topic_order():
        recs = [r for r in b.records.values() if r.topic == t.slug]
        rows.append({
            "topic": t.slug,
            "title": t.name(language),
            "concept": sum(r.kind == "concept" for r in recs),
            "coding": sum(r.kind == "coding" for r in recs),
        })
    if json_:
        render.emit_json(rows)
        return
    total_c = sum(r["concept"] for r in rows)
    total_p = sum(r["coding"] for r in rows)
    render.table(
        ["topic", "title", "concept", "coding"],
        [[r["topic"], r["title"], r["concept"], r["coding"]] for r in rows],
        footer=f"{len(rows)} topics, {total_c} concept questions, {total_p} coding problems",
        styles={"topic": "cyan"},
    )


class StatusFilter(str, Enum):
    new = "new"
    attempted = "attempted"
    solved = "solved"


@app.command("list")
def list_(
    topic: TopicOpt = None,
    kind: KindOpt = None,
    difficulty: DiffOpt = None,
    tag: TagOpt = None,
    status: Annotated[StatusFilter | None, typer.Option(help="Only questions you have solved, "
                                                        "attempted, or not yet tried.")] = None,
    due: Annotated[bool, typer.Option("--due", help="Only cards due for review now.")] = False,
    bookmarked: Annotated[bool, typer.Option("--bookmarked", help="Only bookmarked "
                                             "questions.")] = False,
    lang: LangOpt = None,
    limit: Annotated[int | None, typer.Option(help="Show at most N rows (default: 50 on a "
                                              "terminal, all when piped; 0 = all).")] = None,
    json_: JsonOpt = False,
) -> None:
    """List questions, filtered by topic, kind, difficulty, tags and your progress."""
    records = _filtered(topic, kind, difficulty, tag)
    language = _lang(lang)
    marks = None
    if status or due or bookmarked or _progress_exists():
        from quizcli import progress
        from quizcli.store import now

        marks = progress.statuses(_store(), state.bank())
        t = now()
        records = [r for r in records
                   if (status is None or marks[r.id].status == status.value)
                   and (not due or (marks[r.id].due is not None and marks[r.id].due <= t))
                   and (not bookmarked or marks[r.id].bookmarked)]
    if json_:
        out = []
        for r in records:
            item = r.summary(language)
            m = marks[r.id] if marks else None
            item.update(status=m.status if m else "new", changed=bool(m and m.changed),
                        due=m.due if m else None, bookmarked=bool(m and m.bookmarked))
            out.append(item)
        render.emit_json(out)
        return
    _print_records(records, language, limit, marks)


def _progress_exists() -> bool:
    from quizcli import paths
    from quizcli.store import DB_NAME

    return (paths.data_dir() / DB_NAME).exists()


def _print_records(records, language: str, limit: int | None, marks=None) -> None:
    if limit is None:
        limit = 50 if render.is_tty() else 0
    shown = records if not limit else records[:limit]
    footer = f"{len(records)} question(s)"
    if len(shown) < len(records):
        footer = f"showing {len(shown)} of {len(records)}; use --limit 0 for all, or filter"

    def status(r) -> str:
        if not marks:
            return "new"
        m = marks[r.id]
        return m.status + (" (changed)" if m.changed else "") + (" *" if m.bookmarked else "")

    render.table(
        ["id", "kind", "topic", "difficulty", "status", "title"],
        [[r.id, r.kind, r.topic, r.difficulty, status(r), r.title(language)] for r in shown],
        footer=footer if render.is_tty() or len(shown) < len(records) else None,
        styles={"id": "cyan", "kind": "magenta"},
    )


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find (all must match).")],
    topic: TopicOpt = None,
    kind: KindOpt = None,
    lang: LangOpt = None,
    limit: Annotated[int, typer.Option(help="At most N results (0 = all).")] = 20,
    json_: JsonOpt = False,
) -> None:
    """Full-text search over titles, questions, answers and tags, in both languages."""
    from quizcli.search import haystack
    from quizcli.search import search as run_search

    b = state.bank()
    records = _filtered(topic, kind, None, None)
    texts = {r.id: haystack(b.data(r)) for r in records}
    hits = run_search(b, query, records, texts)
    if limit:
        hits = hits[:limit]
    language = _lang(lang)
    if json_:
        render.emit_json([{**h.record.summary(language), "score": round(h.score, 2),
                           "field": h.field, "snippet": h.snippet} for h in hits])
        return
    if not hits:
        render.err(f"no question matches '{query}'")
        raise typer.Exit(1)
    render.table(
        ["id", "kind", "topic", "title", "match"],
        [[h.record.id, h.record.kind, h.record.topic, h.record.title(language),
          f"{h.field}: {h.snippet}"] for h in hits],
        styles={"id": "cyan"},
    )


@app.command()
def show(
    qid: IdArg,
    answer: Annotated[bool, typer.Option("--answer", "-a", help="Reveal the answer.")] = False,
    lang: LangOpt = None,
    json_: JsonOpt = False,
) -> None:
    """Show a question; --answer reveals the model answer (or a coding problem's explanation)."""
    b = state.bank()
    rec = b.get(qid)
    data = b.data(rec)
    language = _lang(lang)
    if json_:
        render.emit_json({**data, "languages": list(rec.languages), "path": rec.path})
        return
    _show_record(rec, data, language, answer)
    # Seeing a question is progress: its content hash lets `list` mark later changes.
    from quizcli import progress

    store = _store()
    progress.mark_seen(store, b, rec)
    note = store.note(rec.id)
    if note:
        render.rule("your note")
        render.out(note)


def _show_record(rec, data, language: str, answer: bool) -> None:
    render.heading(f"{rec.title(language)}")
    render.out(f"{rec.id} · {rec.kind} · {rec.topic} · {rec.difficulty} · "
               f"tags: {', '.join(rec.tags) or '-'}")
    if language not in rec.languages:
        render.err(f"note: '{rec.id}' is not fully translated to '{language}'; showing English "
                   "where missing")
    render.markdown(render.record_markdown(data, language, answer=answer))
    if not answer:
        hint = "quiz show {} --answer" if rec.kind == "concept" else "quiz start {}"
        render.out("")
        render.out(f"({hint.format(rec.id)})")


@app.command()
def random(
    topic: TopicOpt = None,
    kind: KindOpt = None,
    difficulty: DiffOpt = None,
    tag: TagOpt = None,
    answer: Annotated[bool, typer.Option("--answer", "-a", help="Reveal the answer.")] = False,
    seed: Annotated[int | None, typer.Option(help="Seed, for a repeatable pick.")] = None,
    lang: LangOpt = None,
    json_: JsonOpt = False,
) -> None:
    """Show one question picked at random (filters as in `list`)."""
    import random as rnd

    records = _filtered(topic, kind, difficulty, tag)
    if not records:
        raise QuizError("no question matches these filters", exit_code=1)
    rec = rnd.Random(seed).choice(records)
    b = state.bank()
    language = _lang(lang)
    if json_:
        render.emit_json({**b.data(rec), "languages": list(rec.languages), "path": rec.path})
        return
    _show_record(rec, b.data(rec), language, answer)


@app.command()
def validate(
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Parallel grading jobs "
                                      "(default: all cores).")] = 0,
    content_only: Annotated[bool, typer.Option("--no-grade", help="Check the records only; "
                                               "skip running solutions.")] = False,
    qid: Annotated[list[str] | None, typer.Option("--id", help="Only these coding problems "
                                                  "(grading checks).")] = None,
) -> None:
    """Check the whole bank and report every problem as path:line: message."""
    from quizcli import validate as checker

    b = state.bank(warn=False)
    report = checker.check_bank(b, grade=not content_only, jobs=jobs or None, only=qid)
    for problem in report.problems:
        render.out(str(problem))
    for line in report.summary_lines():
        render.err(line)
    if report.problems:
        raise typer.Exit(1)


# --- coding problems ----------------------------------------------------------------------

FileArg = Annotated[Path | None, typer.Argument(metavar="[FILE]", help="Your solution file "
                                                "(default: the file `quiz start` wrote).",
                                                show_default=False)]


def _store():
    from quizcli.store import Store

    store = Store()
    for notice in store.notices:
        render.err(f"warning: {notice}")
    return store


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
    started = workflow.start(b, _store(), qid, dir_, _lang(lang), force)
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
    store = _store()
    path = workflow.resolve_file(store, rec.id, file)
    res = workflow.grade(b, rec, path, public_only=public_only, reveal=reveal)
    workflow.record_submission(store, b, rec, res, path, "test" if public_only else "submit")
    if not public_only:
        from quizcli import progress

        progress.on_submission(store, rec.id, res.accepted, rec.content_hash)
        progress.mark_seen(store, b, rec)
    language = _lang(lang)
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
    path = workflow.resolve_file(_store(), rec.id, file)
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

    h = workflow.next_hint(state.bank(), _store(), qid, _lang(lang), all_)
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
    store = _store()
    sol = workflow.solution(b, store, qid, _lang(lang), peek)
    if sol.peeked:
        from quizcli import progress

        progress.on_peek(store, qid, b.get(qid).content_hash)
    render.solution(sol, qid)


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
    seed: Annotated[int | None, typer.Option(help="Seed for the order of new questions.")]
    = None,
    lang: LangOpt = None,
) -> None:
    """Concept drill: read the question, think or type, reveal, rate 1-4 (q or Ctrl-C stops)."""
    from quizcli import progress, session

    b = state.bank()
    if topic is not None and topic not in b.topics:
        from quizcli.errors import UnknownIdError

        raise UnknownIdError(topic, b.topics)
    store = _store()
    ids = progress.practice_queue(store, b, topic=topic, n=n, seed=seed)
    summary = session.run(b, store, ids, _lang(lang), "practice")
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
    store = _store()
    ids = progress.due_queue(store, b, topic=topic, max_cards=max_, new_cards=new)
    language = _lang(lang)
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

    st = progress.stats(_store(), state.bank(), lang=_lang(lang), weeks=max(1, weeks))
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
    store = _store()
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
    _store().set_bookmark(rec.id, not remove)
    render.out(f"{'removed bookmark from' if remove else 'bookmarked'} {rec.id}")


progress_app = typer.Typer(help="Back up, restore or reset your progress.",
                           no_args_is_help=True)
app.add_typer(progress_app, name="progress")


@progress_app.command("export")
def progress_export(file: Annotated[Path, typer.Argument(help="JSON file to write.")]) -> None:
    """Write everything (attempts, reviews, notes, bookmarks...) to a versioned JSON file."""
    from quizcli import progress

    data = progress.export_progress(_store())
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
    added = progress.import_progress(_store(), data)
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
    store = _store()
    backup = paths.data_dir() / f"backup-before-reset-{time.strftime('%Y%m%d-%H%M%S')}.json"
    progress.write_json_atomically(backup, progress.export_progress(store))
    store.reset()
    render.out(f"progress reset; a backup of what was there is in {backup}")


def run() -> None:
    """Run the app; QuizError becomes `error: message` and its exit code, never a traceback."""
    try:
        app(prog_name="quiz")
    except QuizError as exc:
        render.err(f"error: {exc.message}")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        render.err("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
