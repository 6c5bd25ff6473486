"""Browsing the bank: topics, list, search, show, random, validate."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from quizcli import render
from quizcli.cli.common import (
    DiffOpt,
    IdArg,
    JsonOpt,
    KindOpt,
    LangOpt,
    TagOpt,
    TopicOpt,
    app,
    filtered,
    lang_of,
    open_store,
    progress_exists,
    state,
)
from quizcli.errors import QuizError


@app.command()
def topics(lang: LangOpt = None, json_: JsonOpt = False) -> None:
    """Topics with their counts of concept questions and coding problems."""
    b = state.bank()
    language = lang_of(lang)
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
    records = filtered(topic, kind, difficulty, tag)
    language = lang_of(lang)
    marks = None
    if status or due or bookmarked or progress_exists():
        from quizcli import progress
        from quizcli.store import now

        marks = progress.statuses(open_store(), state.bank())
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
    from quizcli.search import search as run_search

    b = state.bank()
    records = filtered(topic, kind, None, None)
    texts = b.haystacks(records)
    hits = run_search(b, query, records, texts)
    if limit:
        hits = hits[:limit]
    language = lang_of(lang)
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
    language = lang_of(lang)
    if json_:
        render.emit_json({**data, "languages": list(rec.languages), "path": rec.path})
        return
    _show_record(rec, data, language, answer)
    # Seeing a question is progress: its content hash lets `list` mark later changes.
    from quizcli import progress

    store = open_store()
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

    records = filtered(topic, kind, difficulty, tag)
    if not records:
        raise QuizError("no question matches these filters", exit_code=1)
    rec = rnd.Random(seed).choice(records)
    b = state.bank()
    language = lang_of(lang)
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


