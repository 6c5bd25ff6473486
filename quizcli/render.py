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
        out("\t".join(columns))
        for row in rows:
            out("\t".join(str(c).replace("\t", " ").replace("\n", " ") for c in row))
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


def _short(value: Any, limit: int = 160) -> str:
    if isinstance(value, dict) and "array" in value:
        text = f"np.array({json.dumps(value['array'])}, dtype={value.get('dtype', 'float64')})"
    else:
        text = json.dumps(value) if not isinstance(value, str) else repr(value)
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
