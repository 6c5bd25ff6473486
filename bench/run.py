"""Benchmarks: browsing, grading and progress commands against the cost of bare imports.

    python bench/run.py            # all, prints a Markdown table (also written to bench/results.md)
    python bench/run.py --runs 21  # more runs per command

Each figure is the median wall time of N runs of a fresh process (after one warm-up run, so
caches are built), as a user would run it. Nothing here is a unit test: speed is measured here
and reported in the README, never asserted in timed tests.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PY = sys.executable
QUIZ = [PY, "-m", "quizcli"]

SOFTMAX = """import numpy as np


def softmax(x, axis=-1):
    shifted = x - np.max(x, axis=axis, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=axis, keepdims=True)
"""


def timed(cmd: list[str], env: dict, runs: int, stdin: str | None = None) -> float:
    """Median wall seconds of `runs` runs (after one warm-up)."""
    samples = []
    for i in range(runs + 1):
        t0 = time.perf_counter()
        subprocess.run(cmd, env=env, input=stdin, capture_output=True, text=True, cwd=REPO)
        if i:
            samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def synthetic_bank(root: Path, n: int) -> None:
    """A bank of `n` bilingual concept records in 20 topics, about 1.5 KB of text each."""
    words = ["gradient", "descent", "dropout", "attention", "softmax", "batch", "norm", "layer",
             "convolution", "pooling", "optimizer", "momentum", "variance", "bias",
             "regularisation", "transformer", "token", "embedding"]
    for t in range(20):
        (root / "questions" / f"topic-{t}").mkdir(parents=True)
        (root / "questions" / f"topic-{t}" / "topic.yaml").write_text(
            f"title: {{en: Topic {t}, zh: 主题 {t}}}\norder: {t}\n")
    for i in range(n):
        t = i % 20
        body = " ".join(words[(i * 7 + k) % len(words)] for k in range(60))
        text = (
            "schema_version: 1\n"
            f"id: q-{i}\nkind: concept\ntopic: topic-{t}\ndifficulty: medium\n"
            f"tags: [t{i % 50}, common]\n"
            f"title: {{en: Question number {i} about {words[i % len(words)]}, zh: 第 {i} 题}}\n"
            f"question:\n  en: What is {body[:200]}?\n  zh: 什么是 {body[:100]}？\n"
            f"answer:\n  en: |\n    {body} {body}\n  zh: |\n    中文答案 {body}\n"
            "key_points:\n"
            + "".join(f"  - {{en: point {k} {body[:60]}, zh: 要点 {k}}}\n" for k in range(4))
        )
        (root / "questions" / f"topic-{t}" / f"q-{i}.yaml").write_text(text)
    (root / "solutions").mkdir()


def history(home: Path, n: int) -> None:
    """`n` reviews and `n // 4` attempts spread over the last year, for the shipped bank."""
    sys.path.insert(0, str(REPO))
    from quizcli import bank, paths, progress
    from quizcli.store import Store, local_day

    os.environ["QUIZ_HOME"] = str(home)
    b = bank.load(paths.shipped_bank())
    ids = list(b.records)
    store = Store()
    start = datetime.now(UTC) - timedelta(days=365)
    rows, attempts = [], []
    for i in range(n):
        at = (start + timedelta(minutes=5 * i * 365 * 24 * 12 / n / 12)).isoformat()
        rows.append((uuid.uuid4().hex, ids[i % len(ids)], at, local_day(at), 1 + i % 4,
                     "practice", None, None, 3.0, None))
        if i % 4 == 0:
            attempts.append((uuid.uuid4().hex, ids[i % len(ids)], at, local_day(at), "submit",
                             "accepted" if i % 8 else "wrong_answer", 10, 12, 0.2, "h", None))
    with store.transaction() as db:
        db.executemany("INSERT INTO reviews VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
        db.executemany("INSERT INTO attempts VALUES (?,?,?,?,?,?,?,?,?,?,?)", attempts)
    for qid in ids:
        card = None
        for r in store.db.execute("SELECT rating, at FROM reviews WHERE qid=? ORDER BY at "
                                  "DESC LIMIT 20", (qid,)).fetchall()[::-1]:
            card = progress.next_card(card, r["rating"], r["at"])
        if card:
            store.replace_card(qid, card)
    store.close()
    del os.environ["QUIZ_HOME"]


def pytest_equivalent(tmp: Path) -> Path:
    """The softmax cases run by pytest in one process, to compare with `quiz submit`."""
    test = tmp / "test_softmax_equivalent.py"
    test.write_text(f"""
import importlib.util, sys
import numpy as np
import pytest

FOLDER = {str(REPO / "solutions/losses/softmax")!r}


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


ref = load(FOLDER + "/reference.py", "reference")
sys.modules["reference"] = ref
suite = load(FOLDER + "/tests.py", "suite_mod").suite
sol = load({str(tmp / "softmax_solution.py")!r}, "solution")
CASES = suite.build()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case):
    check = suite.check_for(case)
    expected = check.expected(ref.softmax, case)
    got = sol.softmax(*[a.copy() for a in case.args], **case.kwargs)
    assert check.compare(expected, got, case) is None
""")
    return test


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=11)
    ap.add_argument("--records", type=int, default=10_000)
    ap.add_argument("--history", type=int, default=100_000)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="quiz-bench-"))
    try:
        env = dict(os.environ, QUIZ_HOME=str(tmp / "home"), NO_COLOR="1")
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # users get compiled bytecode
        env.pop("QUIZ_BANK", None)
        big = tmp / "bank"
        synthetic_bank(big, args.records)
        sol = tmp / "softmax_solution.py"
        sol.write_text(SOFTMAX)
        rows: list[tuple[str, float, str]] = []

        def add(label: str, cmd: list[str], base: float | None = None, **kw) -> float:
            t = timed(cmd, kw.pop("env", env), args.runs, **kw)
            rows.append((label, t, f"{t / base:.2f}x" if base else "baseline"))
            print(f"{label:<62} {t * 1000:8.1f} ms", file=sys.stderr)
            return t

        bare = add('python -c "import typer, rich, yaml"', [PY, "-c", "import typer, rich, yaml"])
        listing = add("quiz list (shipped bank)", QUIZ + ["list"], bare)
        add("quiz topics (shipped bank)", QUIZ + ["topics"], bare)
        add("quiz search dropout (shipped bank)", QUIZ + ["search", "dropout"], bare)
        add("quiz show what-is-backprop (shipped bank)", QUIZ + ["show", "what-is-backprop"], bare)
        add(f"quiz list ({args.records:,} records)", QUIZ + ["--bank", str(big), "list"], bare)
        add(f"quiz search dropout ({args.records:,} records)",
            QUIZ + ["--bank", str(big), "search", "dropout"], bare)
        add(f"quiz show q-1234 ({args.records:,} records)",
            QUIZ + ["--bank", str(big), "show", "q-1234"], bare)

        numpy_bare = add('python -c "import numpy"', [PY, "-c", "import numpy"])
        add("quiz submit softmax <correct file>", QUIZ + ["submit", "softmax", str(sol)],
            numpy_bare)
        add("pytest on the same softmax cases",
            [PY, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(pytest_equivalent(tmp))],
            numpy_bare)

        hist_home = tmp / "history"
        history(hist_home, args.history)
        henv = dict(env, QUIZ_HOME=str(hist_home))
        list_h = add(f"quiz list (history of {args.history:,} reviews)", QUIZ + ["list"],
                     listing, env=henv)
        add("quiz review (same history; stdin closed after the first card)",
            QUIZ + ["review", "--max", "20"], list_h, env=henv, stdin="")
        add("quiz stats (same history)", QUIZ + ["stats"], list_h, env=henv)
        with sqlite3.connect(hist_home / "progress.sqlite3") as con:
            n = con.execute("SELECT count(*) FROM reviews").fetchone()[0]
        lines = ["| command | median | vs baseline |", "|---|---:|---:|"]
        lines += [f"| `{label}` | {t * 1000:.0f} ms | {ratio} |" for label, t, ratio in rows]
        lines.append("")
        lines.append(f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; "
                     f"{args.runs} runs each (median); history rows: {n:,} reviews.")
        text = "\n".join(lines)
        print(text)
        (REPO / "bench" / "results.md").write_text(text + "\n")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
