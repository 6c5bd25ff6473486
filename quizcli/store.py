"""The user's progress, in SQLite: attempts, reviews, cards, hints, notes, bookmarks.

One database file in the data directory ($QUIZ_HOME overrides). WAL mode and a busy timeout
let several quiz processes write at once; every multi-row change is one transaction. A file
at that path that is not a quizcli database is moved aside, never deleted.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from quizcli import paths
from quizcli.errors import QuizError

APPLICATION_ID = 0x5155495A  # "QUIZ"
DB_NAME = "progress.sqlite3"

MIGRATIONS: list[str] = [
    # 1: the first schema. Every event row has a uid (merging backups never duplicates it)
    # and the local calendar day it happened on (streaks and the heatmap group by it).
    """
    CREATE TABLE attempts (
        uid TEXT PRIMARY KEY,
        qid TEXT NOT NULL,
        at TEXT NOT NULL,
        day TEXT NOT NULL,
        mode TEXT NOT NULL,            -- submit | test
        verdict TEXT NOT NULL,
        passed INTEGER NOT NULL,
        total INTEGER NOT NULL,
        time_s REAL,
        file_hash TEXT,
        content_hash TEXT
    );
    CREATE INDEX attempts_qid ON attempts(qid, at);
    CREATE INDEX attempts_day ON attempts(day);
    CREATE TABLE reviews (
        uid TEXT PRIMARY KEY,
        qid TEXT NOT NULL,
        at TEXT NOT NULL,
        day TEXT NOT NULL,
        rating INTEGER NOT NULL,       -- 1 Again, 2 Hard, 3 Good, 4 Easy
        source TEXT NOT NULL,          -- practice | review | submit | peek
        answer TEXT,
        correct INTEGER,               -- multiple choice, graded automatically
        duration_s REAL,
        content_hash TEXT
    );
    CREATE INDEX reviews_qid ON reviews(qid, at);
    CREATE INDEX reviews_day ON reviews(day);
    CREATE TABLE cards (
        qid TEXT PRIMARY KEY,
        card TEXT NOT NULL,            -- fsrs.Card as JSON, derived from the reviews
        due TEXT NOT NULL,
        state INTEGER NOT NULL,
        stability REAL,
        last_review TEXT,
        last_rating INTEGER,
        reviews INTEGER NOT NULL
    );
    CREATE INDEX cards_due ON cards(due);
    CREATE TABLE seen (
        qid TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE TABLE hints (
        qid TEXT PRIMARY KEY,
        shown INTEGER NOT NULL,
        at TEXT NOT NULL
    );
    CREATE TABLE peeks (
        qid TEXT PRIMARY KEY,
        at TEXT NOT NULL
    );
    CREATE TABLE notes (
        qid TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE TABLE bookmarks (
        qid TEXT PRIMARY KEY,
        at TEXT NOT NULL
    );
    CREATE TABLE files (
        qid TEXT PRIMARY KEY,
        path TEXT NOT NULL,
        at TEXT NOT NULL
    );
    """,
]


def now() -> str:
    """UTC timestamp, ISO 8601, sortable."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def local_day(at: str | None = None) -> str:
    """The user's local calendar day (YYYY-MM-DD) of a UTC timestamp (default: now)."""
    moment = datetime.fromisoformat(at) if at else datetime.now(UTC)
    return moment.astimezone().date().isoformat()


def new_uid() -> str:
    return uuid.uuid4().hex


class Store:
    """An open progress database."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.data_dir() / DB_NAME
        self.notices: list[str] = []
        self.db = self._open()

    # -- opening, recovery, migrations ----------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise QuizError(f"cannot create the data directory {self.path.parent}: "
                            f"{exc.strerror}; set QUIZ_HOME to a writable folder") from None
        if not os.access(self.path.parent, os.W_OK):
            raise QuizError(f"the data directory {self.path.parent} is not writable; set "
                            "QUIZ_HOME to a writable folder")
        deadline = time.monotonic() + 30
        while True:
            try:
                db = self._connect()
                self._check_ours(db)
                return db
            except sqlite3.OperationalError as exc:
                # Another process is creating or migrating the database: wait for it.
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise QuizError(f"{self.path}: cannot open the progress database: "
                                    f"{exc}") from None
                if time.monotonic() > deadline:
                    raise QuizError(f"{self.path}: the progress database is locked by "
                                    "another process; try again") from None
                time.sleep(0.05)
            except sqlite3.DatabaseError as exc:
                self._move_aside(str(exc))
                db = self._connect()
                self._check_ours(db)
                return db

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA busy_timeout = 30000")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        return db

    def _check_ours(self, db: sqlite3.Connection) -> None:
        app = db.execute("PRAGMA application_id").fetchone()[0]
        tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app not in (0, APPLICATION_ID) or (app == 0 and tables):
            db.close()
            raise sqlite3.DatabaseError("not a quizcli progress database")
        self._migrate(db)

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise QuizError(f"{self.path} was written by a newer quizcli (schema {version}); "
                            "upgrade quizcli")
        if version == len(MIGRATIONS):
            return
        db.execute("BEGIN IMMEDIATE")
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]  # re-read under the lock
            for i in range(version, len(MIGRATIONS)):
                for statement in MIGRATIONS[i].split(";"):
                    if statement.strip():
                        db.execute(statement)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _move_aside(self, reason: str) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        backup = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while backup.exists():
            backup = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
            n += 1
        os.replace(self.path, backup)
        for suffix in ("-wal", "-shm"):
            side = Path(str(self.path) + suffix)
            if side.exists():
                with contextlib.suppress(OSError):
                    os.replace(side, Path(str(backup) + suffix))
        self.notices.append(f"{self.path} was not a readable quizcli database ({reason}); it was "
                            f"moved to {backup} and a fresh database was started")

    def close(self) -> None:
        self.db.close()

    @contextlib.contextmanager
    def transaction(self):
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    # -- attempts ------------------------------------------------------------------------
    def record_attempt(self, qid: str, mode: str, verdict: str, passed: int, total: int,
                       time_s: float, file_hash: str, content_hash: str | None = None,
                       at: str | None = None) -> str:
        uid = new_uid()
        at = at or now()
        with self.transaction() as db:
            db.execute("INSERT INTO attempts VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                       (uid, qid, at, local_day(at), mode, verdict, passed, total, time_s,
                        file_hash, content_hash))
        return uid

    def attempts(self, qid: str, mode: str | None = "submit") -> list[sqlite3.Row]:
        if mode is None:
            return self.db.execute("SELECT * FROM attempts WHERE qid=? ORDER BY at",
                                   (qid,)).fetchall()
        return self.db.execute("SELECT * FROM attempts WHERE qid=? AND mode=? ORDER BY at",
                               (qid, mode)).fetchall()

    def solved(self, qid: str) -> bool:
        row = self.db.execute("SELECT 1 FROM attempts WHERE qid=? AND mode='submit' AND "
                              "verdict='accepted' LIMIT 1", (qid,)).fetchone()
        return row is not None

    # -- hints, peeks, files -------------------------------------------------------------
    def hints_shown(self, qid: str) -> int:
        row = self.db.execute("SELECT shown FROM hints WHERE qid=?", (qid,)).fetchone()
        return row["shown"] if row else 0

    def set_hints_shown(self, qid: str, shown: int) -> None:
        with self.transaction() as db:
            db.execute("INSERT INTO hints VALUES (?,?,?) ON CONFLICT(qid) DO UPDATE SET "
                       "shown=max(shown, excluded.shown), at=excluded.at", (qid, shown, now()))

    def record_peek(self, qid: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO peeks VALUES (?,?)", (qid, now()))

    def peeked(self, qid: str) -> bool:
        return self.db.execute("SELECT 1 FROM peeks WHERE qid=?", (qid,)).fetchone() is not None

    def set_file(self, qid: str, path: Path) -> None:
        with self.transaction() as db:
            db.execute("INSERT INTO files VALUES (?,?,?) ON CONFLICT(qid) DO UPDATE SET "
                       "path=excluded.path, at=excluded.at", (qid, str(path), now()))

    def file_for(self, qid: str) -> Path | None:
        row = self.db.execute("SELECT path FROM files WHERE qid=?", (qid,)).fetchone()
        return Path(row["path"]) if row else None

    # -- reviews and cards ---------------------------------------------------------------
    def add_review(self, qid: str, rating: int, source: str, card: dict, *, at: str,
                   answer: str | None = None, correct: bool | None = None,
                   duration_s: float | None = None, content_hash: str | None = None) -> str:
        """One review and the card it produces, in one transaction."""
        uid = new_uid()
        with self.transaction() as db:
            db.execute("INSERT INTO reviews VALUES (?,?,?,?,?,?,?,?,?,?)",
                       (uid, qid, at, local_day(at), rating, source, answer,
                        None if correct is None else int(correct), duration_s, content_hash))
            self._put_card(db, qid, card)
        return uid

    @staticmethod
    def _put_card(db, qid: str, card: dict) -> None:
        import json

        db.execute(
            "INSERT INTO cards VALUES (?,?,?,?,?,?, (SELECT rating FROM reviews WHERE qid=? "
            "ORDER BY at DESC LIMIT 1), (SELECT count(*) FROM reviews WHERE qid=?)) "
            "ON CONFLICT(qid) DO UPDATE SET card=excluded.card, due=excluded.due, "
            "state=excluded.state, stability=excluded.stability, "
            "last_review=excluded.last_review, last_rating=excluded.last_rating, "
            "reviews=excluded.reviews",
            (qid, json.dumps(card), card["due"], card["state"], card.get("stability"),
             card.get("last_review"), qid, qid))

    def card(self, qid: str) -> dict | None:
        import json

        row = self.db.execute("SELECT card FROM cards WHERE qid=?", (qid,)).fetchone()
        return json.loads(row["card"]) if row else None

    def cards(self) -> dict[str, sqlite3.Row]:
        return {r["qid"]: r for r in self.db.execute(
            "SELECT qid, due, state, stability, last_review, last_rating, reviews FROM cards")}

    def due_cards(self, until: str) -> list[sqlite3.Row]:
        return self.db.execute("SELECT qid, due FROM cards WHERE due <= ? ORDER BY due",
                               (until,)).fetchall()

    def reviews_of(self, qid: str) -> list[sqlite3.Row]:
        return self.db.execute("SELECT * FROM reviews WHERE qid=? ORDER BY at, uid",
                               (qid,)).fetchall()

    def last_ratings(self) -> dict[str, int]:
        rows = self.db.execute("SELECT qid, last_rating FROM cards WHERE last_rating IS NOT NULL")
        return {r["qid"]: r["last_rating"] for r in rows}

    def replace_card(self, qid: str, card: dict | None) -> None:
        with self.transaction() as db:
            if card is None:
                db.execute("DELETE FROM cards WHERE qid=?", (qid,))
            else:
                self._put_card(db, qid, card)

    # -- seen, notes, bookmarks ----------------------------------------------------------
    def mark_seen(self, qid: str, content_hash: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT INTO seen VALUES (?,?,?) ON CONFLICT(qid) DO UPDATE SET "
                       "content_hash=excluded.content_hash, at=excluded.at",
                       (qid, content_hash, now()))

    def seen_hashes(self) -> dict[str, str]:
        return {r["qid"]: r["content_hash"] for r in self.db.execute("SELECT * FROM seen")}

    def set_note(self, qid: str, text: str | None) -> None:
        with self.transaction() as db:
            if text is None:
                db.execute("DELETE FROM notes WHERE qid=?", (qid,))
            else:
                db.execute("INSERT INTO notes VALUES (?,?,?) ON CONFLICT(qid) DO UPDATE SET "
                           "text=excluded.text, at=excluded.at", (qid, text, now()))

    def note(self, qid: str) -> str | None:
        row = self.db.execute("SELECT text FROM notes WHERE qid=?", (qid,)).fetchone()
        return row["text"] if row else None

    def set_bookmark(self, qid: str, on: bool) -> None:
        with self.transaction() as db:
            if on:
                db.execute("INSERT OR IGNORE INTO bookmarks VALUES (?,?)", (qid, now()))
            else:
                db.execute("DELETE FROM bookmarks WHERE qid=?", (qid,))

    def bookmarks(self) -> set[str]:
        return {r["qid"] for r in self.db.execute("SELECT qid FROM bookmarks")}

    def attempt_summary(self) -> dict[str, tuple[int, int]]:
        """qid -> (submits, accepted submits)."""
        rows = self.db.execute("SELECT qid, count(*) n, sum(verdict='accepted') ok FROM attempts "
                               "WHERE mode='submit' GROUP BY qid")
        return {r["qid"]: (r["n"], r["ok"] or 0) for r in rows}

    # -- backup, restore, reset ----------------------------------------------------------
    TABLES = ("attempts", "reviews", "seen", "hints", "peeks", "notes", "bookmarks", "files")
    EVENT_TABLES = ("attempts", "reviews")  # merged by uid; the rest keep the newer `at`

    def export(self) -> dict:
        out = {}
        for table in self.TABLES:
            out[table] = [dict(r) for r in self.db.execute(f"SELECT * FROM {table}")]
        return out

    def merge(self, data: dict) -> dict[str, int]:
        """Merge exported tables: events by uid (never twice), the rest by newer `at`."""
        added: dict[str, int] = {}
        with self.transaction() as db:
            for table in self.TABLES:
                rows = data.get(table) or []
                cols = [r["name"] for r in db.execute(f"PRAGMA table_info({table})")]
                n = 0
                for row in rows:
                    values = [row.get(c) for c in cols]
                    placeholders = ",".join("?" * len(cols))
                    if table in self.EVENT_TABLES:
                        cur = db.execute(f"INSERT OR IGNORE INTO {table} VALUES ({placeholders})",
                                         values)
                    else:
                        updates = ", ".join(f"{c}=excluded.{c}" for c in cols if c != "qid")
                        cur = db.execute(
                            f"INSERT INTO {table} VALUES ({placeholders}) ON CONFLICT(qid) DO "
                            f"UPDATE SET {updates} WHERE excluded.at > {table}.at", values)
                    n += cur.rowcount
                added[table] = n
        return added

    def reset(self) -> None:
        with self.transaction() as db:
            for table in (*self.TABLES, "cards"):
                db.execute(f"DELETE FROM {table}")
