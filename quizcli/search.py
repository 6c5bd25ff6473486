"""Full-text search over titles, questions, answers and tags, in both languages."""

from __future__ import annotations

from typing import NamedTuple

from quizcli.bank import Bank
from quizcli.records import Record, is_text

# Where a term is found decides how much the hit counts.
WEIGHTS = {
    "id": 5.0, "title": 5.0, "tags": 4.0, "question": 3.0, "prompt": 3.0,
    "key_points": 2.0, "answer": 1.5, "explanation": 1.5, "hints": 1.0,
}
DEFAULT_WEIGHT = 1.0


class Hit(NamedTuple):
    record: Record
    score: float
    field: str
    snippet: str


def _texts(value) -> list[str]:
    if is_text(value):
        return [v for v in value.values() if v]
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


def haystack(data: dict) -> list[tuple[str, float, str]]:
    """(field, weight, lowercased text) for every searchable field of a record."""
    fields = []
    for name, value in data.items():
        if name in ("schema_version", "kind", "difficulty", "starter", "examples", "entry"):
            continue
        text = "\n".join(_texts(value))
        if text:
            fields.append((name, WEIGHTS.get(name, DEFAULT_WEIGHT), text))
    return fields


def _snippet(text: str, term: str, width: int = 70) -> str:
    low = text.lower()
    at = low.find(term)
    start = max(0, at - width // 3)
    piece = " ".join(text[start : start + width].split())
    return ("…" if start > 0 else "") + piece + ("…" if start + width < len(text) else "")


def search(bank: Bank, query: str, records: list[Record], texts: dict[str, list]) -> list[Hit]:
    """Records containing every term of `query` (case-insensitive substrings), best first."""
    terms = [t for t in query.lower().split() if t]
    if not terms:
        return []
    hits = []
    for rec in records:
        fields = texts.get(rec.id)
        if not fields:
            continue
        score = 0.0
        best = None
        for term in terms:
            found = [(w, name, text) for name, w, text in fields if term in text.lower()]
            if not found:
                break
            w, name, text = max(found, key=lambda f: f[0])
            score += w + 0.1 * sum(text.lower().count(term) for _, _, text in found)
            if best is None or w > best[0]:
                best = (w, name, text, term)
        else:
            _, name, text, term = best
            hits.append(Hit(rec, score, name, _snippet(text, term)))
    hits.sort(key=lambda h: -h.score)
    return hits
