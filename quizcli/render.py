"""The rendering layer: rich tables and Markdown on a terminal, plain text when piped.

Only this module imports rich, and only when stdout is a terminal.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from quizcli.records import pick


def is_tty() -> bool:
    return sys.stdout.isatty() and os.environ.get("TERM") != "dumb"


def _console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, no_color=bool(os.environ.get("NO_COLOR")) or None,
                   highlight=False)


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    """A one-line message on stderr (errors, warnings)."""
    sys.stderr.write(text + "\n")


def emit_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def table(columns: list[str], rows: list[list[str]], *, title: str | None = None,
          footer: str | None = None, styles: dict[str, str] | None = None) -> None:
    """A table: rich on a terminal, tab-separated with a header when piped."""
    if not is_tty():
        lines = ["\t".join(columns)]
        for row in rows:
            line = "\t".join(map(str, row))
            if line.count("\t") != len(row) - 1 or "\n" in line:  # a cell has a tab or newline
                line = "\t".join(str(c).replace("\t", " ").replace("\n", " ") for c in row)
            lines.append(line)
        out("\n".join(lines))
        if footer:
            err(footer)
        return
    from rich.table import Table

    styles = styles or {}
    t = Table(title=title, header_style="bold", box=None, pad_edge=False, show_edge=False)
    for col in columns:
        t.add_column(col, style=styles.get(col), overflow="fold" if col == "title" else "ellipsis",
                     no_wrap=col != "title")
    for row in rows:
        t.add_row(*[str(c) for c in row])
    con = _console()
    con.print(t)
    if footer:
        con.print(f"[dim]{footer}[/dim]")


def markdown(text: str) -> None:
    if not is_tty():
        out(text.rstrip())
        return
    from rich.markdown import Markdown

    _console().print(Markdown(text))


def heading(text: str, style: str = "bold cyan") -> None:
    if not is_tty():
        out(text)
        return
    _console().print(f"[{style}]{_escape(text)}[/{style}]")


def rule(text: str = "") -> None:
    if not is_tty():
        out(f"-- {text} --" if text else "--")
        return
    _console().rule(_escape(text), style="dim")


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


DIFF_STYLE = {"easy": "green", "medium": "yellow", "hard": "red"}


def record_markdown(data: dict, lang: str, *, answer: bool) -> str:
    """A record as one Markdown document (the answer part only with answer=True)."""
    parts: list[str] = []

    def text(field: str) -> str | None:
        return pick(data.get(field), lang)

    def bullets(field: str, heading: str) -> None:
        items = [pick(i, lang) for i in data.get(field, ())]
        if items:
            parts.append(f"### {heading}\n" + "\n".join(f"- {i}" for i in items))

    if data["kind"] == "concept":
        parts.append(text("question") or "")
        for i, choice in enumerate(data.get("choices", ())):
            parts.append(f"{chr(65 + i)}. {pick(choice['text'], lang)}")
        if answer:
            if data.get("choices"):
                right = [chr(65 + i) for i, c in enumerate(data["choices"]) if c["correct"]]
                parts.append(f"**Correct: {', '.join(right)}**")
            parts.append("## Answer\n" + (text("answer") or ""))
            bullets("key_points", "Key points")
            bullets("common_mistakes", "Common mistakes")
            bullets("follow_ups", "Follow-ups")
            refs = [r if isinstance(r, str) else (r["title"] + (f" <{r['url']}>" if r.get("url")
                    else "")) for r in data.get("references", ())]
            if refs:
                parts.append("### References\n" + "\n".join(f"- {r}" for r in refs))
    else:
        parts.append(text("prompt") or "")
        parts.append(f"```python\n{data['signature']}\n```")
        bullets("conventions", "Conventions")
        for ex in data.get("examples", ()):
            args = ", ".join(_short(a) for a in ex.get("args", ()))
            kwargs = ", ".join(f"{k}={_short(v)}" for k, v in (ex.get("kwargs") or {}).items())
            call = f"{data['entry']}({', '.join(p for p in (args, kwargs) if p)})"
            block = f"**Example: {ex['name']}**\n```python\n>>> {call}\n"
            if "expected" in ex:
                block += f"{_short(ex['expected'], 400)}\n"
            block += "```"
            if ex.get("note"):
                block += "\n" + (pick(ex["note"], lang) or "")
            parts.append(block)
        if answer and data.get("explanation"):
            parts.append("## Explanation\n" + (text("explanation") or ""))
    return "\n\n".join(p for p in parts if p)


def _literal(value: Any) -> str:
    """A YAML example value written as the Python the user would type."""
    if isinstance(value, dict) and "array" in value and set(value) <= {"array", "dtype"}:
        dtype = f", dtype={value['dtype']}" if value.get("dtype") else ""
        return f"np.array({_literal(value['array'])}{dtype})"
    if isinstance(value, dict) and set(value) == {"list"} and isinstance(value["list"], list):
        return _literal(value["list"])
    if isinstance(value, list):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    if isinstance(value, tuple):
        return "(" + ", ".join(_literal(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_literal(k)}: {_literal(v)}" for k, v in value.items()) + "}"
    return repr(value)


def _short(value: Any, limit: int = 160) -> str:
    text = _literal(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


# --- grading results --------------------------------------------------------------------

VERDICT_STYLE = {
    "accepted": "bold green", "wrong_answer": "bold red", "runtime_error": "bold magenta",
    "time_limit_exceeded": "bold yellow", "memory_limit_exceeded": "bold yellow",
    "output_limit_exceeded": "bold yellow", "compile_error": "bold red",
    "missing_entry": "bold red", "internal_error": "bold white on red", "not_run": "dim",
}
VERDICT_LABEL = {
    "accepted": "Accepted", "wrong_answer": "Wrong answer", "runtime_error": "Runtime error",
    "time_limit_exceeded": "Time limit exceeded", "memory_limit_exceeded": "Memory limit exceeded",
    "output_limit_exceeded": "Output limit exceeded", "compile_error": "Compile error",
    "missing_entry": "Missing function", "internal_error": "Internal error", "not_run": "not run",
}
CAPTURE_SHOWN = 2000


def _ms(t: float | None) -> str:
    return "-" if t is None else (f"{t * 1000:.1f} ms" if t < 1 else f"{t:.2f} s")


def grading_result(res, *, title: str, public_only: bool, explanation: str | None) -> None:
    """A verdict: headline, per-case table, details of failures, captured output, explanation."""
    tty = is_tty()
    label = VERDICT_LABEL.get(res.verdict, res.verdict)
    what = "examples" if public_only else "cases"
    headline = f"{label}  {res.passed}/{res.total} {what} passed  ({_ms(res.time_s)})  {title}"
    rows = [[c.name, VERDICT_LABEL.get(c.verdict, c.verdict), _ms(c.time_s),
             (c.message.splitlines() or [""])[0][:120]] for c in res.cases]
    if tty:
        con = _console()
        style = VERDICT_STYLE.get(res.verdict, "bold")
        con.print(f"[{style}]{_escape(label)}[/{style}]  {res.passed}/{res.total} {what} passed "
                  f"[dim]({_ms(res.time_s)})[/dim]  {_escape(title)}")
        if res.message and not res.cases or res.verdict in ("compile_error", "missing_entry",
                                                             "internal_error"):
            con.print(_escape(res.message))
        from rich.table import Table

        t = Table(box=None, header_style="bold", pad_edge=False)
        for col in ("case", "verdict", "time", "message"):
            t.add_column(col, overflow="fold" if col == "message" else "ellipsis")
        for c, row in zip(res.cases, rows, strict=True):
            st = VERDICT_STYLE.get(c.verdict, "")
            t.add_row(row[0], f"[{st}]{row[1]}[/{st}]", row[2], _escape(row[3]))
        if res.cases:
            con.print(t)
    else:
        out(headline)
        if res.message and (not res.cases or res.verdict in ("compile_error", "missing_entry",
                                                             "internal_error")):
            out(res.message)
        for row in rows:
            out("  " + " | ".join(row))
    for c in res.cases:
        if c.verdict in ("accepted", "not_run") and not (c.public and public_only):
            continue
        rule(f"{c.name}: {VERDICT_LABEL.get(c.verdict, c.verdict)}")
        out(f"  {c.description}")
        for name, value in c.inputs:
            out(f"  {name} = {value}")
        if c.expected is not None:
            out(f"  expected: {c.expected}")
        if c.got is not None:
            out(f"  got:      {c.got}")
        if c.message:
            out("  " + c.message.replace("\n", "\n  "))
    for name, text in (("stdout", res.stdout), ("stderr", res.stderr)):
        if text.strip() and not res.accepted:
            cut = len(text) > CAPTURE_SHOWN
            rule(f"your {name}" + (f" (first {CAPTURE_SHOWN} characters)" if cut else ""))
            out(text[:CAPTURE_SHOWN].rstrip())
    if res.perf:
        ratio = res.perf["ratio"]
        speed = f"{ratio:.1f}x slower than" if ratio >= 1.05 else (
            f"{1 / ratio:.1f}x faster than" if ratio <= 0.95 else "as fast as")
        out(f"Performance case: {_ms(res.perf['time_s'])}, {speed} the reference "
            f"({_ms(res.perf['reference_s'])}).")
    if res.accepted and explanation:
        rule("explanation")
        markdown(explanation)


def hints(h, qid: str) -> None:
    for i, text in enumerate(h.hints[: h.shown], start=1):
        heading(f"Hint {i}/{len(h.hints)}" + (" (new)" if h.new and i == h.shown else ""))
        markdown(text)
    if h.shown < len(h.hints):
        out(f"(`quiz hint {qid}` for the next one)")
    elif not h.new:
        out("(all hints shown)")


def solution(sol, qid: str) -> None:
    heading(f"Reference solution: {qid}")
    if is_tty():
        from rich.syntax import Syntax

        _console().print(Syntax(sol.code, "python", line_numbers=False))
    else:
        out(sol.code.rstrip())
    if sol.explanation:
        rule("explanation")
        markdown(sol.explanation)


# --- practice sessions and stats -------------------------------------------------------


def card_header(i: int, n: int, rec, lang: str) -> None:
    rule(f"{i}/{n} · {rec.topic} · {rec.difficulty} · {rec.id}")
    heading(rec.title(lang))


def answer_markdown(data: dict, lang: str) -> str:
    """The model answer, key points and common mistakes of a concept record."""
    parts = ["## Answer\n" + (pick(data.get("answer"), lang) or "")]
    for field, title in (("key_points", "Key points"), ("common_mistakes", "Common mistakes")):
        items = [pick(i, lang) for i in data.get(field, ())]
        if items:
            parts.append(f"### {title}\n" + "\n".join(f"- {i}" for i in items))
    return "\n\n".join(parts)


def verdict_line(ok: bool, right: str) -> None:
    text = "Correct." if ok else f"Not quite: the answer is {right}."
    if is_tty():
        _console().print(f"[bold {'green' if ok else 'red'}]{text}[/]")
    else:
        out(text)


def session_summary(s, rating_names: dict) -> None:
    rule("session summary")
    how = {"quit": "stopped", "interrupt": "interrupted", "eof": "input ended"}.get(s.stopped)
    out(f"Reviewed {s.done} of {s.total}" + (f" ({how}; every rating so far is saved)"
                                              if how else "."))
    if s.ratings:
        out("Ratings: " + ", ".join(f"{rating_names[k]} {v}" for k, v in sorted(s.ratings.items())))
    if s.choices:
        out(f"Multiple choice: {s.correct}/{s.choices} correct")
    if s.skipped:
        out(f"Skipped: {s.skipped}")
    if s.next_due:
        out(f"Next card due: {s.next_due[:16].replace('T', ' ')} UTC")


HEAT = " ░▒▓█"


def stats(st) -> None:
    """Per-topic table, streaks, an activity heatmap and the due forecast."""
    rows = []
    for t in st.topics:
        acc = "-" if t.accuracy is None else f"{t.accuracy * 100:.0f}%"
        bar_n = round(10 * t.seen / t.total) if t.total else 0
        rows.append([t.topic, f"{t.seen}/{t.total}", "█" * bar_n + "·" * (10 - bar_n),
                     str(t.mastered), str(t.due), acc])
    seen = sum(t.seen for t in st.topics)
    total = sum(t.total for t in st.topics)
    reviews = sum(t.reviews for t in st.topics)
    good = sum(t.good for t in st.topics)
    bar_n = round(10 * seen / total) if total else 0
    rows.append(["all topics", f"{seen}/{total}", "█" * bar_n + "·" * (10 - bar_n),
                 str(sum(t.mastered for t in st.topics)), str(sum(t.due for t in st.topics)),
                 f"{good / reviews * 100:.0f}%" if reviews else "-"])
    table(["topic", "seen", "progress", "mastered", "due", "accuracy"], rows,
          title=f"Progress on {st.today}", styles={"topic": "cyan", "progress": "green"})
    out("")
    out(f"Streak: {st.streak} day(s) · longest {st.longest_streak} · {st.reviews} reviews · "
        f"{st.submits} submissions · {st.solved} problems solved")
    out("")
    _heatmap(st)
    out("")
    out("Due in the next 7 days: " + "  ".join(f"{d[5:]}: {n}" for d, n in st.forecast))


def _heatmap(st) -> None:
    from datetime import date, timedelta

    today = date.fromisoformat(st.today)
    start = today - timedelta(days=today.weekday() + 7 * (st.weeks - 1))
    peak = max(st.days.values(), default=0)
    lines = []
    for wd, name in enumerate(("Mon", "   ", "Wed", "   ", "Fri", "   ", "Sun")):
        cells: list[int | None] = []
        for w in range(st.weeks):
            d = start + timedelta(days=7 * w + wd)
            if d > today:
                cells.append(None)
                continue
            n = st.days.get(d.isoformat(), 0)
            cells.append(0 if n == 0 or peak == 0 else min(4, 1 + (3 * n) // max(peak, 1)))
        lines.append((name, cells))
    out(f"Activity, last {st.weeks} weeks (less {HEAT[1:]} more)")
    if is_tty():
        con = _console()
        colours = ["grey23", "green4", "green3", "green1", "bright_green"]
        for name, cells in lines:
            text = "".join(" " if c is None else f"[{colours[c]}]■[/]" for c in cells)
            con.print(f"{name} {text}")
    else:
        for name, cells in lines:
            out(f"{name} {''.join(' ' if c is None else '·' if c == 0 else HEAT[c] for c in cells)}")
