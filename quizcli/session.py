"""Interactive practice and review sessions: question, answer, reveal, rate.

Every rating is written at once in its own transaction, so quitting, Ctrl-C or even kill -9
keeps everything rated so far. Works on a terminal and with piped stdin (one answer a line).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from quizcli import progress, render
from quizcli.records import pick

QUIT = {"q", "quit", "exit"}


@dataclass
class Summary:
    total: int
    done: int = 0
    ratings: dict[int, int] = field(default_factory=dict)
    correct: int = 0
    choices: int = 0
    skipped: int = 0
    stopped: str = ""  # "", "quit", "interrupt", "eof"
    next_due: str | None = None


def _ask(prompt: str) -> str:
    return input(prompt).strip()


def _choose_rating(ask: Callable[[str], str]) -> int | None:
    while True:
        answer = ask("Rate: 1 Again · 2 Hard · 3 Good · 4 Easy (q to quit) > ").lower()
        if answer in QUIT:
            return None
        if answer in ("1", "2", "3", "4"):
            return int(answer)
        render.out("  type 1, 2, 3 or 4 (or q)")


def _concept(bank, store, rec, lang: str, source: str, summary: Summary, ask,
             rng: random.Random) -> bool:
    """One concept card; False when the user quits."""
    data = bank.data(rec)
    order = list(range(len(data.get("choices") or ())))
    if order:
        # Choices in a new order each time, so that a user learns the answer, not its letter.
        rng.shuffle(order)
        data = {**data, "choices": [data["choices"][i] for i in order]}
    render.markdown(render.record_markdown(data, lang, answer=False))
    progress.mark_seen(store, bank, rec)
    started = time.monotonic()
    choices = data.get("choices")
    if choices:
        right = {chr(65 + i) for i, c in enumerate(choices) if c["correct"]}
        n = "one" if len(right) == 1 else "all that apply"
        while True:
            answer = ask(f"Your answer ({n}, e.g. {'A' if len(right) == 1 else 'AC'}; q to quit)"
                         " > ").upper().replace(",", "").replace(" ", "")
            if answer.lower() in QUIT:
                return False
            if answer and set(answer) <= {chr(65 + i) for i in range(len(choices))}:
                break
            render.out(f"  type letters A-{chr(64 + len(choices))}")
        ok = set(answer) == right
        summary.choices += 1
        summary.correct += ok
        render.verdict_line(ok, "".join(sorted(right)))
        for i, c in enumerate(choices):
            if c.get("why") and (chr(65 + i) in set(answer) | right):
                render.out(f"  {chr(65 + i)}. {pick(c['why'], lang)}")
        render.markdown(render.answer_markdown(data, lang))
        rating = progress.GOOD if ok else progress.AGAIN
        # History keeps the letters of the record's own order, whatever order was shown.
        original = "".join(sorted(chr(65 + order[ord(c) - 65]) for c in set(answer)))
        progress.review(store, rec.id, rating, source, record_hash=rec.content_hash,
                        answer=original, correct=ok, duration_s=time.monotonic() - started)
    else:
        typed = ask("Think, or type your answer; Enter reveals (q to quit) > ")
        if typed.lower() in QUIT:
            return False
        render.markdown(render.answer_markdown(data, lang))
        rating = _choose_rating(ask)
        if rating is None:
            return False
        progress.review(store, rec.id, rating, source, record_hash=rec.content_hash,
                        answer=typed or None, duration_s=time.monotonic() - started)
    summary.ratings[rating] = summary.ratings.get(rating, 0) + 1
    summary.done += 1
    return True


def _coding(bank, store, rec, lang: str, summary: Summary, ask, attempt) -> bool:
    """One coding card in a review: solve it now (edit and grade) or skip it."""
    data = bank.data(rec)
    render.markdown(render.record_markdown(data, lang, answer=False))
    progress.mark_seen(store, bank, rec)
    while True:
        answer = ask("e: edit and grade now · Enter: skip for now · q: quit > ").lower()
        if answer in QUIT:
            return False
        if answer == "":
            summary.skipped += 1
            return True
        if answer == "e":
            rating = attempt(rec)
            if rating is not None:
                summary.ratings[rating] = summary.ratings.get(rating, 0) + 1
                summary.done += 1
                return True
            render.out("  not accepted yet: e to try again, Enter to move on")


def run(bank, store, ids: list[str], lang: str, source: str, attempt=None,
        ask: Callable[[str], str] = _ask, seed: int | None = None) -> Summary:
    """Go through `ids`; returns what happened. Ratings are saved as they are given.
    Multiple-choice options are shuffled (reproducibly with `seed`)."""
    summary = Summary(total=len(ids))
    rng = random.Random(seed)
    try:
        for i, qid in enumerate(ids, start=1):
            rec = bank.get(qid)
            render.card_header(i, len(ids), rec, lang)
            if rec.kind == "coding":
                go_on = _coding(bank, store, rec, lang, summary, ask, attempt)
            else:
                go_on = _concept(bank, store, rec, lang, source, summary, ask, rng)
            if not go_on:
                summary.stopped = "quit"
                break
    except KeyboardInterrupt:
        summary.stopped = "interrupt"
        render.out("")
    except EOFError:
        summary.stopped = "eof"
    queue = store.due_cards("9999")
    summary.next_due = queue[0]["due"] if queue else None
    return summary
