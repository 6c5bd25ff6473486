"""Loading the bank: topics and records from questions/, with an incremental parse cache.

Browsing never imports numpy or jsonschema: a record file is parsed and checked against the
schema only when it changed since the cache was written.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path

from quizcli import __version__, paths
from quizcli.errors import BankError, UnknownIdError
from quizcli.records import Problem, Record, Topic, derived, make_record

CACHE_FORMAT = 4


@dataclass
class Bank:
    """The questions of one bank folder, with every problem found while loading it."""

    root: Path
    topics: dict[str, Topic]
    records: dict[str, Record]
    problems: list[Problem] = field(default_factory=list)
    raw: dict[str, dict] = field(default_factory=dict, repr=False)

    @property
    def questions_dir(self) -> Path:
        return self.root / "questions"

    @property
    def solutions_dir(self) -> Path:
        return self.root / "solutions"

    def get(self, qid: str) -> Record:
        """The record with this id, or UnknownIdError naming the nearest ids."""
        try:
            return self.records[qid]
        except KeyError:
            raise UnknownIdError(qid, self.records) from None

    def solution_dir(self, record: Record) -> Path:
        return self.solutions_dir / record.topic / record.id

    def topic_order(self) -> list[Topic]:
        return sorted(self.topics.values(), key=lambda t: (t.order, t.slug))

    def ordered(self) -> list[Record]:
        """Records in topic order, then concept before coding, then by difficulty and id."""
        rank = {t.slug: i for i, t in enumerate(self.topic_order())}
        diff = {"easy": 0, "medium": 1, "hard": 2}
        return sorted(
            self.records.values(),
            key=lambda r: (rank.get(r.topic, 1e9), r.kind != "concept", diff[r.difficulty], r.id),
        )

    def filter(
        self,
        *,
        topic: str | None = None,
        kind: str | None = None,
        difficulty: str | None = None,
        tags: list[str] | None = None,
    ) -> list[Record]:
        """Records matching every given filter (tags: all of them), in bank order."""
        if topic is not None and topic not in self.topics:
            raise UnknownIdError(topic, self.topics) from None
        out = []
        for r in self.ordered():
            if topic and r.topic != topic:
                continue
            if kind and r.kind != kind:
                continue
            if difficulty and r.difficulty != difficulty:
                continue
            if tags and not set(tags) <= set(r.tags):
                continue
            out.append(r)
        return out

    def data(self, record: Record) -> dict:
        """The full, validated YAML data of one record."""
        return self.raw[record.id]


# --- scanning and the cache -------------------------------------------------------------


def _scan(qdir: Path) -> dict[str, tuple[int, int]]:
    """Every YAML file under questions/ (two levels), with (mtime_ns, size)."""
    out: dict[str, tuple[int, int]] = {}
    try:
        tops = list(os.scandir(qdir))
    except FileNotFoundError:
        raise BankError(f"{qdir}: no questions/ folder here; is --bank pointing at a bank?") from None
    for top in tops:
        if top.is_dir() and not top.name.startswith("."):
            for entry in os.scandir(top.path):
                if entry.name.endswith((".yaml", ".yml")) and entry.is_file():
                    st = entry.stat()
                    out[f"{top.name}/{entry.name}"] = (st.st_mtime_ns, st.st_size)
        elif top.is_file() and top.name.endswith((".yaml", ".yml")):
            st = top.stat()
            out[top.name] = (st.st_mtime_ns, st.st_size)
    return out


def _cache_path(root: Path) -> Path:
    key = hashlib.sha1(str(root).encode()).hexdigest()[:16]
    return paths.cache_dir() / f"bank-{key}.pickle"


def _schema_stamp() -> tuple:
    names = ("question.schema.json", "topic.schema.json")
    return tuple(os.stat(paths.SCHEMA_DIR / n).st_mtime_ns for n in names)


def _read_cache(path: Path, stamp: tuple) -> dict:
    try:
        with open(path, "rb") as fh:
            cached = pickle.load(fh)
        if cached.get("stamp") == stamp:
            return cached["files"]
    except Exception:  # a stale, foreign or truncated cache is simply rebuilt
        pass
    return {}


def _write_cache(path: Path, stamp: tuple, files: dict) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump({"stamp": stamp, "files": files}, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # no writable cache: still correct, only slower


def _parse_file(qdir: Path, rel: str) -> dict:
    """Parse and check one file: {"kind": "topic"|"record", "data", "problems", "lines"}."""
    from quizcli import schema
    from quizcli.yamlsource import Document, YamlProblem

    path = qdir / rel
    is_topic = rel.endswith(("/topic.yaml", "/topic.yml"))
    kind = "topic" if is_topic else "record"
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        return {"kind": kind, "data": None, "problems": [(1, f"file is not UTF-8: {exc.reason}")]}
    except OSError as exc:
        return {"kind": kind, "data": None, "problems": [(1, f"cannot read: {exc.strerror}")]}
    try:
        doc = Document(text)
    except YamlProblem as exc:
        return {"kind": kind, "data": None, "problems": [(exc.line, exc.message)]}
    if not isinstance(doc.data, dict):
        return {"kind": kind, "data": None, "problems": [(1, "expected a mapping of fields")]}
    problems = schema.check(doc, schema.TOPIC_SCHEMA if is_topic else schema.QUESTION_SCHEMA)
    lines = {}
    if not is_topic:
        if "/" not in rel:
            problems.append((1, "records live in a topic folder: questions/<topic>/<id>.yaml"))
        else:
            stem = rel.split("/", 1)[1].rsplit(".", 1)[0]
            if doc.data.get("id") not in (None, stem):
                problems.append((doc.line_of(["id"]), f"field 'id': '{doc.data['id']}' differs "
                                 f"from the file name '{stem}'"))
            lines = {"id": doc.line_of(["id"]), "topic": doc.line_of(["topic"]),
                     "related": doc.line_of(["related"])}
    entry = {"kind": kind, "data": doc.data, "problems": problems, "lines": lines}
    if not is_topic and not problems:
        entry["derived"] = derived(doc.data)
    return entry


def load(root: Path, *, use_cache: bool = True) -> Bank:
    """Load the bank at `root`, reusing the parse of every file that did not change."""
    qdir = root / "questions"
    current = _scan(qdir)
    stamp = (CACHE_FORMAT, __version__, _schema_stamp())
    cpath = _cache_path(root)
    cached = _read_cache(cpath, stamp) if use_cache else {}
    files: dict[str, dict] = {}
    changed = False
    for rel, st in current.items():
        entry = cached.get(rel)
        if entry is None or entry["stat"] != st:
            entry = _parse_file(qdir, rel)
            entry["stat"] = st
            changed = True
        files[rel] = entry
    if use_cache and (changed or len(cached) != len(files)):
        _write_cache(cpath, stamp, files)
    return _assemble(root, files)


def _assemble(root: Path, files: dict[str, dict]) -> Bank:
    topics: dict[str, Topic] = {}
    records: dict[str, Record] = {}
    raw: dict[str, dict] = {}
    problems: list[Problem] = []

    def report(rel: str, line: int, message: str) -> None:
        problems.append(Problem(f"questions/{rel}", line, message))

    for rel, entry in files.items():
        if entry["kind"] == "topic":
            for line, msg in entry["problems"]:
                report(rel, line, msg)
            data = entry["data"]
            if data is not None and not entry["problems"]:
                slug = rel.split("/", 1)[0]
                topics[slug] = Topic(slug, data["title"], data["order"], data.get("description"))
    first_seen: dict[str, str] = {}
    for rel in sorted(files):
        entry = files[rel]
        if entry["kind"] != "record":
            continue
        for line, msg in entry["problems"]:
            report(rel, line, msg)
        data = entry["data"]
        if data is None or entry["problems"]:
            continue
        folder = rel.split("/", 1)[0]
        lines = entry.get("lines", {})
        ok = True
        if data["topic"] != folder:
            report(rel, lines.get("topic", 1),
                   f"field 'topic': '{data['topic']}' but the file is in folder '{folder}'")
            ok = False
        if folder not in topics and f"{folder}/topic.yaml" not in files:
            report(rel, lines.get("topic", 1),
                   f"field 'topic': unknown topic '{folder}' (no questions/{folder}/topic.yaml)")
            ok = False
        qid = data["id"]
        if qid in first_seen:
            report(rel, lines.get("id", 1),
                   f"field 'id': duplicate id '{qid}', also in {first_seen[qid]}")
            continue
        first_seen[qid] = f"questions/{rel}"
        if ok:
            records[qid] = make_record(data, f"questions/{rel}", entry.get("derived"))
            raw[qid] = data
    for rel, entry in files.items():
        data = entry["data"]
        if entry["kind"] == "record" and data and data.get("id") in records:
            for other in data.get("related", ()):
                if other not in first_seen:
                    report(rel, entry["lines"].get("related", 1),
                           f"field 'related': unknown id '{other}'")
    problems.sort(key=lambda p: (p.path, p.line, p.message))
    return Bank(root, topics, records, problems, raw)
