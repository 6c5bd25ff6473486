"""Loading the bank: topics and records from questions/, with an incremental parse cache.

Browsing never imports numpy or jsonschema: a record file is parsed and checked against the
schema only when it changed since the cache was written. So that start-up does not grow with
the amount of text, the cache has four parts: a snapshot of the assembled bank (read on every
run, used as is when no file changed), an index of every file's stat, problems and the fields
lists and filters need (to rebuild incrementally), one pickle per record with its full data
(read when a command needs that record's text), and the searchable text of all records in one
file (for search).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
from dataclasses import dataclass, field
from pathlib import Path

from quizcli import __version__, paths
from quizcli.errors import BankError, UnknownIdError
from quizcli.records import Problem, Record, Topic, derived, make_record

CACHE_FORMAT = 5
# The fields of a record kept in the index: what Record, filters and cross-checks need.
INDEX_FIELDS = ("id", "kind", "topic", "difficulty", "tags", "related")


@dataclass
class Bank:
    """The questions of one bank folder, with every problem found while loading it."""

    root: Path
    topics: dict[str, Topic]
    records: dict[str, Record]
    problems: list[Problem] = field(default_factory=list)
    raw: dict[str, dict] = field(default_factory=dict, repr=False)
    # records whose full data is read on first use: id -> (path under questions/, stat)
    lazy: dict[str, tuple[str, tuple[int, int]]] = field(default_factory=dict, repr=False)
    cache: Path | None = None  # the index file, when the cache is in use

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
        """The full, validated YAML data of one record (read from the cache on first use)."""
        data = self.raw.get(record.id)
        if data is None:
            data = self.raw[record.id] = self._load_data(record.id)
        return data

    def haystacks(self, records: list[Record]) -> dict[str, list]:
        """Searchable text of `records` (see quizcli.search.haystack), from the cache's text
        file when it is current, so that search does not open one file per record."""
        from quizcli.search import haystack

        cached: dict = {}
        if self.cache is not None:
            try:
                with open(_text_path(self.cache), "rb") as fh:
                    cached = pickle.load(fh)
            except Exception:
                cached = {}
        out = {}
        for rec in records:
            rel, stat = self.lazy.get(rec.id, (None, None))
            hit = cached.get(rel) if rel else None
            if hit is not None and hit[0] == stat:
                out[rec.id] = hit[1]
            else:
                out[rec.id] = haystack(self.data(rec))
        return out

    def _load_data(self, qid: str) -> dict:
        rel, stat = self.lazy[qid]
        data = _read_data(self.cache, rel, stat) if self.cache is not None else None
        if data is not None:
            return data
        entry = _parse_file(self.questions_dir, rel)  # no current cache file: parse again
        if entry["problems"] or entry["data"] is None:
            line, message = entry["problems"][0] if entry["problems"] else (1, "unreadable")
            raise BankError(f"questions/{rel}:{line}: {message}")
        return entry["data"]


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


def _data_dir(cache: Path) -> Path:
    return cache.with_suffix(".data")


def _data_path(cache: Path, rel: str) -> Path:
    return _data_dir(cache) / (rel.replace("/", "__") + ".pickle")


def _read_data(cache: Path, rel: str, stat: tuple[int, int]) -> dict | None:
    """A record's cached data, if its cache file is there, readable and of this stat."""
    try:
        with open(_data_path(cache, rel), "rb") as fh:
            entry = pickle.load(fh)
        return entry["data"] if entry["stat"] == stat else None
    except Exception:  # missing or damaged
        return None


def _text_path(cache: Path) -> Path:
    return cache.with_suffix(".text")


def _write_texts(cache: Path, files: dict, fresh: set[str]) -> None:
    """The searchable text of every record, {rel: (stat, haystack)}, in one file."""
    from quizcli.search import haystack

    try:
        with open(_text_path(cache), "rb") as fh:
            old = pickle.load(fh)
    except Exception:
        old = {}
    texts = {}
    for rel, entry in files.items():
        if entry["kind"] != "record" or entry["data"] is None or entry["problems"]:
            continue
        if rel in fresh:
            texts[rel] = (entry["stat"], haystack(entry["data"]))
        elif rel in old and old[rel][0] == entry["stat"]:
            texts[rel] = old[rel]
        elif (data := _read_data(cache, rel, entry["stat"])) is not None:
            texts[rel] = (entry["stat"], haystack(data))
        # else: search reads that record's data itself
    _atomic_pickle(_text_path(cache), texts)


def _read_cache(path: Path, stamp: tuple) -> dict:
    try:
        with open(path, "rb") as fh:
            cached = pickle.load(fh)
        if cached.get("stamp") == stamp:
            return cached["files"]
    except Exception:  # a stale, foreign or truncated cache is simply rebuilt
        pass
    return {}


def _atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never half."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _atomic_pickle(path: Path, value) -> None:
    _atomic_write(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def _write_cache(path: Path, stamp: tuple, files: dict, fresh: set[str]) -> bool:
    """Write the data pickles of the files parsed this run, then the index. False when the
    cache folder is not writable (still correct, only slower)."""
    try:
        ddir = _data_dir(path)
        ddir.mkdir(parents=True, exist_ok=True)
        for rel in fresh:
            entry = files[rel]
            if entry["kind"] == "record" and entry["data"] is not None and not entry["problems"]:
                _atomic_pickle(_data_path(path, rel), {"stat": entry["stat"], "data": entry["data"]})
        _write_texts(path, files, fresh)
        index = {rel: _index_entry(e) for rel, e in files.items()}
        _atomic_pickle(path, {"stamp": stamp, "files": index})
        keep = {_data_path(path, rel).name for rel in files}
        for old in os.scandir(ddir):
            if old.name not in keep and old.name.endswith(".pickle"):
                os.unlink(old.path)
        return True
    except OSError:
        return False


def _index_entry(entry: dict) -> dict:
    """An index entry: a record's data cut down to INDEX_FIELDS (topics are kept whole)."""
    if entry["kind"] != "record" or entry["data"] is None or entry.get("slim"):
        return entry
    data = entry["data"]
    return {**entry, "data": {k: data[k] for k in INDEX_FIELDS if k in data}, "slim": True}


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
    if use_cache:
        # Fast path: nothing changed since the last run, so its assembled bank still holds.
        snap = _read_snapshot(cpath, stamp, current)
        if snap is not None:
            topics, records, problems, lazy = snap
            return Bank(root, topics, records, problems, {}, lazy, cpath)
    cached = _read_cache(cpath, stamp) if use_cache else {}
    files: dict[str, dict] = {}
    fresh: set[str] = set()
    for rel, st in current.items():
        entry = cached.get(rel)
        if entry is None or entry["stat"] != st:
            entry = _parse_file(qdir, rel)
            entry["stat"] = st
            fresh.add(rel)
        files[rel] = entry
    writable = True
    if use_cache and (fresh or len(cached) != len(files)):
        writable = _write_cache(cpath, stamp, files, fresh)
    bank = _assemble(root, files, cpath if use_cache and writable else None)
    if use_cache and writable:
        _write_snapshot(cpath, stamp, current, bank)
    return bank


def _snapshot_path(cache: Path) -> Path:
    return cache.with_suffix(".ready")


def _read_snapshot(cache: Path, stamp: tuple, current: dict) -> tuple | None:
    """The assembled bank of the last run, if it was built from exactly these files.
    Kept with marshal (builtin types only): about twice as fast to read as pickle."""
    import marshal

    try:
        with open(_snapshot_path(cache), "rb") as fh:
            snap = marshal.loads(fh.read())
        if snap["stamp"] != (*stamp, sys.hexversion) or snap["scan"] != current:
            return None
        topics = {slug: Topic(*t) for slug, t in snap["topics"].items()}
        records = {qid: Record._make(r) for qid, r in snap["records"].items()}
        problems = [Problem(*p) for p in snap["problems"]]
        lazy = {}
        for qid, rec in records.items():
            rel = rec.path.split("/", 1)[1]
            lazy[qid] = (rel, current[rel])
        return topics, records, problems, lazy
    except Exception:  # missing, stale or damaged: assemble from the index instead
        return None


def _write_snapshot(cache: Path, stamp: tuple, current: dict, bank: Bank) -> None:
    import marshal

    value = {"stamp": (*stamp, sys.hexversion), "scan": current,
             "topics": {slug: tuple(t) for slug, t in bank.topics.items()},
             "records": {qid: tuple(r) for qid, r in bank.records.items()},
             "problems": [tuple(p) for p in bank.problems]}
    with contextlib.suppress(OSError, ValueError):  # ValueError: a value marshal cannot write
        _atomic_write(_snapshot_path(cache), marshal.dumps(value))


def _assemble(root: Path, files: dict[str, dict], cache: Path | None) -> Bank:
    topics: dict[str, Topic] = {}
    records: dict[str, Record] = {}
    raw: dict[str, dict] = {}
    lazy: dict[str, tuple[str, tuple[int, int]]] = {}
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
            if entry.get("slim"):
                lazy[qid] = (rel, entry["stat"])
            else:
                raw[qid] = data
    for rel, entry in files.items():
        data = entry["data"]
        if entry["kind"] == "record" and data and data.get("id") in records:
            for other in data.get("related", ()):
                if other not in first_seen:
                    report(rel, entry["lines"].get("related", 1),
                           f"field 'related': unknown id '{other}'")
    problems.sort(key=lambda p: (p.path, p.line, p.message))
    return Bank(root, topics, records, problems, raw, lazy, cache)
