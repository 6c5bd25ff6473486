"""Spaced repetition and progress: FSRS scheduling, statuses, statistics, backups.

Every question, concept or coding, is an FSRS card keyed by its stable id. The reviews table
is the record of truth; a card is what replaying its reviews through the scheduler gives
(stored, and recomputed after an import).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple

from quizcli.errors import QuizError
from quizcli.store import Store, local_day, now

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
RATING_NAMES = {AGAIN: "Again", HARD: "Hard", GOOD: "Good", EASY: "Easy"}
MASTERED_DAYS = 21.0  # a card whose stability reaches three weeks counts as mastered
EXPORT_FORMAT = "quizcli-progress"
EXPORT_VERSION = 1

_scheduler = None


def scheduler():
    """The FSRS scheduler (fuzzing off, so replaying the same reviews gives the same card)."""
    global _scheduler
    if _scheduler is None:
        from fsrs import Scheduler

        _scheduler = Scheduler(enable_fuzzing=False)
    return _scheduler


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


def next_card(card: dict | None, rating: int, at: str) -> dict:
    """The card after one review with `rating` at time `at`."""
    from fsrs import Card, Rating

    current = Card.from_dict(card) if card else Card(card_id=1, due=_dt(at))
    new, _ = scheduler().review_card(current, Rating(rating), _dt(at))
    return new.to_dict()


def review(store: Store, qid: str, rating: int, source: str, *, record_hash: str | None = None,
           answer: str | None = None, correct: bool | None = None,
           duration_s: float | None = None, at: str | None = None) -> dict:
    """Record one review (its rating kept at once, in its own transaction); returns the card."""
    if rating not in RATING_NAMES:
        raise QuizError(f"a rating is 1-4 (Again, Hard, Good, Easy), not {rating!r}")
    at = at or now()
    card = next_card(store.card(qid), rating, at)
    store.add_review(qid, rating, source, card, at=at, answer=answer, correct=correct,
                     duration_s=duration_s, content_hash=record_hash)
    return card


def replay(store: Store, qid: str) -> None:
    """Recompute a card from its reviews, in time order."""
    card = None
    for row in store.reviews_of(qid):
        card = next_card(card, row["rating"], row["at"])
    store.replace_card(qid, card)


def on_submission(store: Store, qid: str, accepted: bool, record_hash: str | None) -> int | None:
    """Rate a coding card after a submit: accepted at the first try of this round is Good,
    after failures Hard. Failed submits do not rate; a peek already rated Again."""
    if not accepted:
        return None
    card = store.card(qid)
    since = (card or {}).get("last_review") or ""
    submits = [a for a in store.attempts(qid) if a["at"] > since]
    if any(r["source"] == "peek" and r["at"] > since for r in store.reviews_of(qid)):
        return None
    rating = GOOD if all(a["verdict"] == "accepted" for a in submits) else HARD
    review(store, qid, rating, "submit", record_hash=record_hash)
    return rating


def on_peek(store: Store, qid: str, record_hash: str | None) -> None:
    review(store, qid, AGAIN, "peek", record_hash=record_hash)


# --- statuses ---------------------------------------------------------------------------


class Status(NamedTuple):
    status: str  # new | attempted | solved
    changed: bool = False
    due: str | None = None
    bookmarked: bool = False


def statuses(store: Store, bank) -> dict[str, Status]:
    """Every record's status: solved / attempted / new, changed since seen, due, bookmarked."""
    attempts = store.attempt_summary()
    ratings = store.last_ratings()
    cards = store.cards()
    seen = store.seen_hashes()
    marks = store.bookmarks()
    out = {}
    for rec in bank.records.values():
        if rec.kind == "coding":
            n, ok = attempts.get(rec.id, (0, 0))
            status = "solved" if ok else ("attempted" if n or rec.id in ratings else "new")
        else:
            last = ratings.get(rec.id)
            status = "new" if last is None else ("solved" if last >= GOOD else "attempted")
        old = seen.get(rec.id)
        changed = old is not None and old != rec.content_hash
        card = cards.get(rec.id)
        out[rec.id] = Status(status, changed, card["due"] if card else None, rec.id in marks)
    return out


def mark_seen(store: Store, bank, rec) -> None:
    store.mark_seen(rec.id, rec.content_hash)


# --- choosing what to practise ----------------------------------------------------------


def due_queue(store: Store, bank, *, kinds=("concept", "coding"), topic: str | None = None,
              max_cards: int | None = None, new_cards: int = 5,
              until: str | None = None) -> list[str]:
    """Due cards oldest-due first, then up to `new_cards` never-reviewed ones, capped."""
    until = until or now()
    wanted = {r.id for r in bank.records.values() if r.kind in kinds and
              (topic is None or r.topic == topic)}
    due = [row["qid"] for row in store.due_cards(until) if row["qid"] in wanted]
    known = set(store.cards())
    fresh = [r.id for r in bank.ordered() if r.id in wanted and r.id not in known]
    queue = due + fresh[: max(new_cards, 0)]
    return queue[:max_cards] if max_cards else queue


def practice_queue(store: Store, bank, *, topic: str | None, n: int,
                   seed: int | None = None) -> list[str]:
    """Concept questions for a drill: due first, then new, then the least recently reviewed."""
    import random

    records = [r for r in bank.ordered() if r.kind == "concept" and
               (topic is None or r.topic == topic)]
    if not records:
        raise QuizError("no concept questions match" + (f" topic '{topic}'" if topic else ""),
                        exit_code=1)
    cards = store.cards()
    t = now()
    due = sorted((r for r in records if r.id in cards and cards[r.id]["due"] <= t),
                 key=lambda r: cards[r.id]["due"])
    new = [r for r in records if r.id not in cards]
    random.Random(seed).shuffle(new)
    rest = sorted((r for r in records if r.id in cards and cards[r.id]["due"] > t),
                  key=lambda r: cards[r.id]["last_review"] or "")
    return [r.id for r in (due + new + rest)][:n]


# --- statistics -------------------------------------------------------------------------


@dataclass
class TopicStats:
    topic: str
    title: str
    total: int
    seen: int = 0
    mastered: int = 0
    due: int = 0
    reviews: int = 0
    good: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.good / self.reviews if self.reviews else None


@dataclass
class Stats:
    topics: list[TopicStats]
    streak: int
    longest_streak: int
    days: dict[str, int]  # local day -> activity count, last `weeks` weeks
    forecast: list[tuple[str, int]]  # next 7 days: (day, cards due)
    reviews: int = 0
    submits: int = 0
    solved: int = 0
    weeks: int = 0
    today: str = ""
    extra: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "topics": [{"topic": t.topic, "title": t.title, "total": t.total, "seen": t.seen,
                        "mastered": t.mastered, "due": t.due, "reviews": t.reviews,
                        "accuracy": None if t.accuracy is None else round(t.accuracy, 4)}
                       for t in self.topics],
            "streak": self.streak,
            "longest_streak": self.longest_streak,
            "activity": self.days,
            "due_forecast": [{"day": d, "due": n} for d, n in self.forecast],
            "reviews": self.reviews,
            "submits": self.submits,
            "solved": self.solved,
            "today": self.today,
        }


def _streaks(active: set[str], today: date) -> tuple[int, int]:
    if not active:
        return 0, 0
    days = sorted(date.fromisoformat(d) for d in active)
    longest = run = 1
    for a, b in zip(days, days[1:], strict=False):
        run = run + 1 if (b - a).days == 1 else 1
        longest = max(longest, run)
    current = 0
    cursor = today if today.isoformat() in active else today - timedelta(days=1)
    while cursor.isoformat() in active:
        current += 1
        cursor -= timedelta(days=1)
    return current, longest


def stats(store: Store, bank, *, lang: str = "en", weeks: int = 16) -> Stats:
    """Per-topic progress, streaks, an activity calendar and a 7-day due forecast."""
    db = store.db
    today = date.fromisoformat(local_day())
    per_qid = {r["qid"]: (r["n"], r["good"]) for r in db.execute(
        "SELECT qid, count(*) n, sum(rating >= 3) good FROM reviews GROUP BY qid")}
    attempts = store.attempt_summary()
    cards = store.cards()
    t_now = now()
    topics = {t.slug: TopicStats(t.slug, t.name(lang), 0) for t in bank.topic_order()}
    solved = 0
    for rec in bank.records.values():
        ts = topics.get(rec.topic)
        if ts is None:
            continue
        ts.total += 1
        n, good = per_qid.get(rec.id, (0, 0))
        sub_n, sub_ok = attempts.get(rec.id, (0, 0))
        if n or sub_n:
            ts.seen += 1
        solved += bool(sub_ok)
        ts.reviews += n
        ts.good += good or 0
        card = cards.get(rec.id)
        if card:
            if card["state"] == 2 and (card["stability"] or 0) >= MASTERED_DAYS:
                ts.mastered += 1
            if card["due"] <= t_now:
                ts.due += 1
    start = (today - timedelta(weeks=weeks)).isoformat()
    days: dict[str, int] = {}
    for row in db.execute("SELECT day, count(*) n FROM (SELECT day FROM reviews WHERE day >= ? "
                          "UNION ALL SELECT day FROM attempts WHERE day >= ?) GROUP BY day",
                          (start, start)):
        days[row["day"]] = row["n"]
    active = {r["day"] for r in db.execute("SELECT DISTINCT day FROM reviews UNION "
                                           "SELECT DISTINCT day FROM attempts")}
    streak, longest = _streaks(active, today)
    forecast = []
    wanted = set(bank.records)
    due_days: dict[str, int] = {}
    horizon = datetime.now(UTC) + timedelta(days=8)
    for row in db.execute("SELECT qid, due FROM cards WHERE due <= ?", (horizon.isoformat(),)):
        if row["qid"] in wanted:
            d = max(local_day(row["due"]), today.isoformat())
            due_days[d] = due_days.get(d, 0) + 1
    for i in range(7):
        d = (today + timedelta(days=i)).isoformat()
        forecast.append((d, due_days.get(d, 0)))
    totals = db.execute("SELECT (SELECT count(*) FROM reviews) r, (SELECT count(*) FROM attempts "
                        "WHERE mode='submit') s").fetchone()
    return Stats([t for t in topics.values() if t.total], streak, longest, days, forecast,
                 totals["r"], totals["s"], solved, weeks, today.isoformat())


# --- backup and restore ----------------------------------------------------------------


def export_progress(store: Store) -> dict:
    return {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "exported_at": now(),
            **store.export()}


def import_progress(store: Store, data: dict) -> dict[str, int]:
    """Merge a backup: never duplicates an event, never overwrites newer data."""
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise QuizError("not a quizcli progress export (missing \"format\": "
                        f"\"{EXPORT_FORMAT}\")")
    version = data.get("version")
    if not isinstance(version, int) or version > EXPORT_VERSION:
        raise QuizError(f"progress export version {version!r} is newer than this quizcli "
                        f"understands ({EXPORT_VERSION}); upgrade quizcli")
    for table in store.TABLES:
        rows = data.get(table, [])
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise QuizError(f"progress export: '{table}' must be a list of objects")
    added = store.merge(data)
    touched = {r["qid"] for r in data.get("reviews", []) if isinstance(r.get("qid"), str)}
    for qid in sorted(touched):
        replay(store, qid)
    return added


def write_json_atomically(path, data: dict) -> None:
    import os
    from pathlib import Path

    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise QuizError(f"cannot write {path}: {exc.strerror}") from None
