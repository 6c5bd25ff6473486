"""Progress: scheduling, statuses, stats, notes, bookmarks, backups, and durability."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from conftest import FAKE_BANK, SUBMISSIONS

from quizcli import progress
from quizcli.errors import QuizError
from quizcli.store import Store


def test_review_schedules_with_fsrs():
    store = Store()
    first = progress.review(store, "what-is-dropout", progress.GOOD, "practice")
    second = progress.review(store, "what-is-dropout", progress.GOOD, "practice")
    assert second["due"] > first["due"]
    again = progress.review(store, "what-is-dropout", progress.AGAIN, "practice")
    assert again["due"] < second["due"]
    assert len(store.reviews_of("what-is-dropout")) == 3
    with pytest.raises(QuizError):
        progress.review(store, "x", 7, "practice")


def test_submit_ratings(cli):
    wrong = SUBMISSIONS / "returns_none.py"
    right = SUBMISSIONS / "correct.py"
    assert cli("--bank", FAKE_BANK, "submit", "scale-array", right)[0] == 0
    store = Store()
    assert [r["rating"] for r in store.reviews_of("scale-array")] == [progress.GOOD]
    # next round: a failure first, then accepted -> Hard
    assert cli("--bank", FAKE_BANK, "submit", "scale-array", wrong)[0] == 1
    assert cli("--bank", FAKE_BANK, "submit", "scale-array", right)[0] == 0
    assert [r["rating"] for r in store.reviews_of("scale-array")] == [progress.GOOD, progress.HARD]
    attempts = store.attempts("scale-array")
    assert [a["verdict"] for a in attempts] == ["accepted", "wrong_answer", "accepted"]
    assert all(a["file_hash"] and a["total"] == 10 for a in attempts)


def test_peek_rates_again_and_unlocks(cli):
    code, _, err = cli("--bank", FAKE_BANK, "solution", "scale-array")
    assert code == 1 and "--peek" in err
    code, out, _ = cli("--bank", FAKE_BANK, "solution", "scale-array", "--peek")
    assert code == 0 and "def scale" in out
    assert [r["rating"] for r in Store().reviews_of("scale-array")] == [progress.AGAIN]


def test_list_status_due_bookmarked(cli):
    cli("--bank", FAKE_BANK, "submit", "scale-array", SUBMISSIONS / "returns_none.py")
    progress.review(Store(), "what-is-dropout", progress.GOOD, "practice")
    code, out, _ = cli("--bank", FAKE_BANK, "list", "--json")
    status = {i["id"]: i["status"] for i in json.loads(out)}
    assert status == {"what-is-dropout": "solved", "bias-variance": "new",
                      "scale-array": "attempted"}
    code, out, _ = cli("--bank", FAKE_BANK, "list", "--status", "new", "--json")
    assert [i["id"] for i in json.loads(out)] == ["bias-variance"]
    assert cli("--bank", FAKE_BANK, "bookmark", "bias-variance")[0] == 0
    code, out, _ = cli("--bank", FAKE_BANK, "list", "--bookmarked", "--json")
    assert [i["id"] for i in json.loads(out)] == ["bias-variance"]
    code, out, _ = cli("--bank", FAKE_BANK, "list", "--due", "--json")
    assert json.loads(out) == []  # a card rated Good is not due right away


def test_changed_question_is_marked(tmp_path, cli):
    import shutil

    bank = tmp_path / "bank"
    shutil.copytree(FAKE_BANK, bank)
    cli("--bank", bank, "show", "bias-variance")  # creates progress and marks it seen
    cli("--bank", bank, "show", "bias-variance")
    path = bank / "questions/basics/bias-variance.yaml"
    path.write_text(path.read_text().replace("noise.", "irreducible noise."))
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000))
    code, out, _ = cli("--bank", bank, "list", "--json")
    item = next(i for i in json.loads(out) if i["id"] == "bias-variance")
    assert item["changed"] is True


def test_notes_and_bookmarks(cli):
    assert cli("--bank", FAKE_BANK, "note", "what-is-dropout", "inverted scaling!")[0] == 0
    code, out, _ = cli("--bank", FAKE_BANK, "note", "what-is-dropout")
    assert out.strip() == "inverted scaling!"
    code, out, _ = cli("--bank", FAKE_BANK, "show", "what-is-dropout")
    assert "inverted scaling!" in out
    assert cli("--bank", FAKE_BANK, "note", "what-is-dropout", "--clear")[0] == 0
    assert cli("--bank", FAKE_BANK, "note", "what-is-dropout")[0] == 1
    assert cli("--bank", FAKE_BANK, "note", "no-such-id", "x")[0] == 2


def test_stats_json(cli):
    progress.review(Store(), "what-is-dropout", progress.GOOD, "practice")
    progress.review(Store(), "bias-variance", progress.AGAIN, "practice")
    code, out, _ = cli("--bank", FAKE_BANK, "stats", "--json")
    data = json.loads(out)
    basics = next(t for t in data["topics"] if t["topic"] == "basics")
    assert basics == {"topic": "basics", "title": "Basics", "total": 2, "seen": 2,
                      "mastered": 0, "due": 0, "reviews": 2, "accuracy": 0.5}
    assert data["streak"] == 1 and data["longest_streak"] == 1
    assert sum(data["activity"].values()) == 2
    assert len(data["due_forecast"]) == 7
    code, out, _ = cli("--bank", FAKE_BANK, "stats")
    assert code == 0 and "Streak: 1" in out and "Activity" in out


def test_streaks():
    from datetime import date

    days = {"2026-01-01", "2026-01-02", "2026-01-03", "2026-01-10", "2026-01-11"}
    assert progress._streaks(days, date(2026, 1, 11)) == (2, 3)
    assert progress._streaks(days, date(2026, 1, 12)) == (2, 3)  # today not yet active
    assert progress._streaks(days, date(2026, 1, 13)) == (0, 3)


def test_export_import_merges_without_duplicates(tmp_path, cli, monkeypatch):
    progress.review(Store(), "what-is-dropout", progress.GOOD, "practice")
    cli("--bank", FAKE_BANK, "note", "what-is-dropout", "old note")
    backup = tmp_path / "backup.json"
    assert cli("--bank", FAKE_BANK, "progress", "export", backup)[0] == 0
    data = json.loads(backup.read_text())
    assert data["format"] == "quizcli-progress" and data["version"] == 1
    # a second machine: its own newer note and another review
    other = tmp_path / "other-home"
    monkeypatch.setenv("QUIZ_HOME", str(other))
    progress.review(Store(), "bias-variance", progress.HARD, "practice")
    time.sleep(0.01)
    cli("--bank", FAKE_BANK, "note", "what-is-dropout", "newer note")
    for _ in range(2):  # importing twice changes nothing the second time
        assert cli("--bank", FAKE_BANK, "progress", "import", backup)[0] == 0
    store = Store()
    assert len(store.reviews_of("what-is-dropout")) == 1
    assert len(store.reviews_of("bias-variance")) == 1
    assert store.note("what-is-dropout") == "newer note"
    assert store.card("what-is-dropout") is not None


def test_import_rejects_garbage(tmp_path, cli):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    code, _, err = cli("--bank", FAKE_BANK, "progress", "import", bad)
    assert code == 2 and "not valid JSON" in err
    bad.write_text(json.dumps({"format": "other"}))
    code, _, err = cli("--bank", FAKE_BANK, "progress", "import", bad)
    assert code == 2 and "not a quizcli progress export" in err


def test_reset_keeps_a_backup(cli, quiz_home):
    progress.review(Store(), "what-is-dropout", progress.GOOD, "practice")
    code, out, _ = cli("--bank", FAKE_BANK, "progress", "reset", "--yes")
    assert code == 0 and "backup" in out
    assert Store().reviews_of("what-is-dropout") == []
    backups = list(quiz_home.glob("backup-before-reset-*.json"))
    assert len(backups) == 1 and json.loads(backups[0].read_text())["reviews"]


def test_corrupted_database_is_moved_aside(quiz_home):
    db = quiz_home / "progress.sqlite3"
    db.write_bytes(b"this is not a database" * 100)
    store = Store()
    assert store.notices and "moved to" in store.notices[0]
    aside = list(quiz_home.glob("progress.sqlite3.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not")
    progress.review(store, "q", progress.GOOD, "practice")


def test_foreign_sqlite_file_is_moved_aside(quiz_home):
    db = quiz_home / "progress.sqlite3"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.execute("INSERT INTO songs VALUES ('mine')")
    con.commit()
    con.close()
    store = Store()
    assert store.notices
    aside = list(quiz_home.glob("progress.sqlite3.corrupt-*"))
    assert sqlite3.connect(aside[0]).execute("SELECT title FROM songs").fetchone() == ("mine",)


def test_unwritable_data_dir(tmp_path, monkeypatch):
    if os.geteuid() == 0:
        target = tmp_path / "file-not-dir"
        target.write_text("x")
        monkeypatch.setenv("QUIZ_HOME", str(target / "sub"))
    else:
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        monkeypatch.setenv("QUIZ_HOME", str(ro))
    with pytest.raises(QuizError, match="data directory"):
        Store()


WRITER = """
import sys
from quizcli import progress
from quizcli.store import Store
store = Store()
who = sys.argv[1]
for i in range(int(sys.argv[2])):
    progress.review(store, f"{who}-{i % 5}", 3, "practice")
    store.record_attempt(f"{who}-p", "submit", "accepted", 1, 1, 0.1, "h")
"""


def test_concurrent_writers_all_land(tmp_path):
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    procs = [subprocess.Popen([sys.executable, str(script), f"w{i}", "40"]) for i in range(4)]
    assert all(p.wait(timeout=120) == 0 for p in procs)
    store = Store()
    assert store.db.execute("SELECT count(*) FROM reviews").fetchone()[0] == 160
    assert store.db.execute("SELECT count(*) FROM attempts").fetchone()[0] == 160
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_kill_9_keeps_what_was_rated(tmp_path):
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    proc = subprocess.Popen([sys.executable, str(script), "k", "100000"])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        time.sleep(0.2)
        try:
            with sqlite3.connect(Store().path, timeout=5) as con:
                if con.execute("SELECT count(*) FROM reviews").fetchone()[0] >= 20:
                    break
        except sqlite3.Error:
            pass
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    store = Store()
    assert not store.notices
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    n = store.db.execute("SELECT count(*) FROM reviews").fetchone()[0]
    assert n >= 20
    # every review has its card, and the database keeps working
    cards = store.db.execute("SELECT count(*) FROM cards").fetchone()[0]
    assert cards == 5
    progress.review(store, "after", 3, "practice")
