"""The shipped bank: every record valid; for every coding problem the reference is accepted,
the starter is rejected and every listed mistake is rejected (run through the real grader)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from conftest import REPO

from quizcli import bank as bank_mod
from quizcli.grader.grade import grade_file
from quizcli.grader.problem import Package

BANK = bank_mod.load(REPO, use_cache=False)
CODING = [r for r in BANK.ordered() if r.kind == "coding"]


def test_bank_loads_without_problems():
    assert BANK.problems == [], "\n".join(map(str, BANK.problems))
    assert len(BANK.records) >= 20


def test_validate_static_checks_are_clean():
    from quizcli.validate import check_bank

    report = check_bank(BANK, grade=False)
    assert report.problems == [], "\n".join(map(str, report.problems))


def _package(rec) -> Package:
    return Package(rec, BANK.data(rec), BANK.solution_dir(rec))


def _files():
    for rec in CODING:
        pkg = _package(rec)
        yield pytest.param(rec.id, pkg.reference_path, True, id=f"{rec.id}:reference")
        yield pytest.param(rec.id, "starter", False, id=f"{rec.id}:starter")
        for m in pkg.mistakes():
            yield pytest.param(rec.id, m, False, id=f"{rec.id}:mistake:{m.stem}")


@pytest.mark.parametrize("qid,path,accepted", list(_files()))
def test_grading(qid, path, accepted):
    rec = BANK.get(qid)
    pkg = _package(rec)
    if path == "starter":
        tmp = Path(tempfile.mkdtemp()) / "starter.py"
        tmp.write_text(BANK.data(rec)["starter"])
        path = tmp
    res = grade_file(pkg, path)
    if accepted:
        bad = [(c.name, c.verdict, c.message) for c in res.cases if c.verdict != "accepted"]
        assert res.verdict == "accepted", (res.message, bad[:3])
    else:
        assert res.verdict != "accepted"
        assert res.verdict != "internal_error", res.message


@pytest.mark.parametrize("rec", CODING, ids=[r.id for r in CODING])
def test_suite_has_enough_cases(rec):
    pkg = _package(rec)
    hidden = pkg.suite.build()
    assert len(hidden) >= 8
    has_perf = any(c.perf for c in hidden)
    assert has_perf or pkg.suite.no_perf_reason, "a performance case (or a stated reason) is required"
    assert not (has_perf and pkg.suite.no_perf_reason)
    assert len(pkg.mistakes()) >= 3
