"""Records of the bank as frozen dataclasses over their validated YAML data."""

from __future__ import annotations

from typing import Any, NamedTuple

TEXT_LANGS = frozenset({"en", "zh"})
KINDS = ("concept", "coding")
DIFFICULTIES = ("easy", "medium", "hard")


class Problem(NamedTuple):
    """One thing wrong with the bank, reported as `path:line: message`."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class Topic(NamedTuple):
    """A topic folder: questions/<slug>/topic.yaml."""

    slug: str
    title: dict
    order: int
    description: dict | None = None

    def name(self, lang: str) -> str:
        return pick(self.title, lang) or self.slug


def is_text(value: Any) -> bool:
    """A bilingual text map: {en: ..., zh: ...}."""
    return isinstance(value, dict) and "en" in value and set(value) <= TEXT_LANGS


def pick(text: Any, lang: str) -> str | None:
    """The text in `lang`, falling back to English."""
    if isinstance(text, dict):
        return text.get(lang) or text.get("en")
    return text


def languages_of(data: dict) -> tuple[str, ...]:
    """Languages every text field of the record is written in."""
    complete = set(TEXT_LANGS)

    def walk(value: Any) -> None:
        if is_text(value):
            complete.intersection_update(k for k, v in value.items() if v)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(data)
    return tuple(lang for lang in ("en", "zh") if lang in complete)


def content_hash(data: dict) -> str:
    """A stable hash of the record's content, to notice questions that changed."""
    import hashlib
    import json

    blob = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


class Record(NamedTuple):
    """A question, concept or coding, as the rest of quizcli sees it (named tuples are cheap to
    define, which keeps start-up fast)."""

    id: str
    kind: str
    topic: str
    difficulty: str
    tags: tuple[str, ...]
    path: str
    titles: dict
    languages: tuple[str, ...] = ()
    content_hash: str = ""

    def title(self, lang: str) -> str:
        return pick(self.titles, lang) or self.id

    def summary(self, lang: str) -> dict:
        """The fields `quiz list --json` prints."""
        return {
            "id": self.id,
            "kind": self.kind,
            "topic": self.topic,
            "difficulty": self.difficulty,
            "tags": list(self.tags),
            "title": self.title(lang),
            "languages": list(self.languages),
        }


def titles_of(data: dict) -> dict:
    """The record's title map; concept records fall back to the question's first line."""
    if is_text(data.get("title")):
        return data["title"]
    question = data.get("question")
    if is_text(question):
        return {k: _first_line(v) for k, v in question.items() if v}
    return {"en": str(data.get("id", "?"))}


def _first_line(text: str) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    line = line.lstrip("#").strip()
    return line if len(line) <= 90 else line[:87] + "..."


def derived(data: dict) -> dict:
    """What a record derives from its data (computed once per parse, kept in the cache)."""
    return {"titles": titles_of(data), "languages": languages_of(data),
            "content_hash": content_hash(data)}


def make_record(data: dict, path: str, extra: dict | None = None) -> Record:
    extra = extra or derived(data)
    return Record(
        id=data["id"],
        kind=data["kind"],
        topic=data["topic"],
        difficulty=data["difficulty"],
        tags=tuple(data.get("tags", ())),
        path=path,
        titles=extra["titles"],
        languages=tuple(extra["languages"]),
        content_hash=extra["content_hash"],
    )
